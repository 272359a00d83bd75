import { codeToCopy, sectionUrl, writeClipboard } from './copy-text.ts';

/** The localized strings the page tools read from `[data-page-tools]` (PageTools.astro). */
interface ToolStrings {
	copyCode: string;
	codeCopied: string;
	linkCopied: string;
	copyFailed: string;
}

const icon =
	'<svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16"><path fill="currentColor" d="M5 1h8a2 2 0 0 1 2 2v8h-2V3H5zM1 5a2 2 0 0 1 2-2h7a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2zm2 0v8h7V5z"/></svg>';

/** Makes a button copy text on click: it shows `done` for two seconds and announces it. */
type CopyWith = (button: HTMLButtonElement, text: () => string, done: string) => void;

/** A CopyWith that announces through the page's live region, or says copying failed. */
function copier(strings: ToolStrings): CopyWith {
	const status = document.querySelector<HTMLElement>('[data-page-tools-status]');
	const announce = (text: string) => {
		if (!status) return;
		status.textContent = '';
		// A new text node after a tick, so the same message is announced again on a second copy.
		setTimeout(() => (status.textContent = text), 50);
	};
	return (button, text, done) =>
		button.addEventListener('click', () => {
			writeClipboard(text()).then(
				() => {
					const label = button.querySelector('span');
					const before = label?.textContent;
					button.dataset.copied = '';
					if (label) label.textContent = done;
					announce(done);
					setTimeout(() => {
						delete button.dataset.copied;
						if (label) label.textContent = before ?? '';
					}, 2000);
				},
				() => announce(strings.copyFailed),
			);
		});
}

/**
 * Adds a "copy link" button after every heading link and a "copy" button to every code block of
 * the page's article; each says what it copied through the page's live region.
 */
export function addPageTools(root: HTMLElement): void {
	const strings = root.dataset as unknown as ToolStrings;
	const copyWith = copier(strings);
	const canonical =
		document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
	for (const link of document.querySelectorAll<HTMLAnchorElement>('a.heading-link')) {
		const id = decodeURIComponent(link.hash.slice(1));
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'heading-copy';
		button.setAttribute('aria-labelledby', `copy-link-label ${id}`);
		button.innerHTML = icon;
		copyWith(button, () => sectionUrl(canonical, id), strings.linkCopied);
		link.after(button);
	}
	for (const pre of document.querySelectorAll<HTMLPreElement>('article pre')) {
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'code-copy';
		button.innerHTML = `${icon}<span></span>`;
		(button.lastElementChild as HTMLElement).textContent = strings.copyCode;
		const wrapper = document.createElement('div');
		wrapper.className = 'code-block';
		pre.before(wrapper);
		wrapper.append(pre, button);
		copyWith(
			button,
			() =>
				codeToCopy(
					pre.querySelector('code')?.textContent ?? pre.textContent ?? '',
					pre.dataset.language,
				),
			strings.codeCopied,
		);
	}
}
