/** Languages whose code blocks show a shell session: `$ ` and `PS …> ` prompts are not copied. */
const sessionLanguages = new Set([
	'console',
	'shell-session',
	'shellsession',
	'sh',
	'bash',
	'shell',
	'zsh',
	'powershell',
	'ps',
	'ps1',
	'pwsh',
]);
const prompt = /^(?:\$ |PS [^>\n]*> )/;

/**
 * The text a code block's copy button copies: the code exactly as shown, without the prompts
 * of a shell session (`$ `, `PS C:\> `). In a `console` block, the lines without a prompt are
 * the commands' output and are left out too.
 * @example codeToCopy('$ npm test\nok\n', 'console') // 'npm test'
 */
export function codeToCopy(text: string, language: string | undefined): string {
	const code = text.replace(/\n$/, '');
	const lang = language?.toLowerCase() ?? '';
	if (!sessionLanguages.has(lang)) return code;
	const lines = code.split('\n');
	if (!lines.some((line) => prompt.test(line))) return code;
	const kept =
		lang === 'console' || lang === 'shell-session' || lang === 'shellsession'
			? lines.filter((line) => prompt.test(line))
			: lines;
	return kept.map((line) => line.replace(prompt, '')).join('\n');
}

/**
 * The link a heading's "copy link" button copies: the page's canonical URL with the heading's
 * fragment.
 * @example sectionUrl('https://docs.example.com/en-us/troubleshoot/x/', 'cause') // 'https://docs.example.com/en-us/troubleshoot/x/#cause'
 */
export function sectionUrl(canonical: string, id: string): string {
	const url = new URL(canonical);
	url.hash = id;
	return url.href;
}

/** Writes text to the clipboard; where the Clipboard API is missing (plain http), through a selection. */
export async function writeClipboard(text: string): Promise<void> {
	if (navigator.clipboard) return navigator.clipboard.writeText(text);
	const area = document.createElement('textarea');
	area.value = text;
	area.setAttribute('readonly', '');
	area.style.position = 'fixed';
	area.style.opacity = '0';
	document.body.append(area);
	area.select();
	const copied = document.execCommand('copy');
	area.remove();
	if (!copied) throw new Error('the browser refused to copy');
}
