/**
 * The search page's browser code: runs the query from the URL against the reader's language (or
 * every language) in stages (search-run.ts) and shows the rows as they come (search-view.ts).
 */
import { siteFileUrls } from '../routing/urls.ts';
import type { KnownCodes } from './code-query.ts';
import { engineOf } from './full-text.ts';
import { nearestCodes } from './nearest-codes.ts';
import { runQuery } from './search-run.ts';
import {
	moveFocus,
	renderFilters,
	selectedFilters,
	show,
	type SearchConfig,
} from './search-view.ts';
import type { Terminology } from './terminology.ts';

/** The page's configuration, with the terminology lists of its language and of English. */
interface PageConfig extends SearchConfig {
	terminology: Record<string, Terminology>;
}

const app = document.querySelector<HTMLElement>('[data-search-app]');
if (app) void start(app);

/** The page's parts that search reads and writes. */
interface PageParts {
	form: HTMLFormElement;
	input: HTMLInputElement;
	filtersBox: HTMLElement;
	view: Parameters<typeof show>[3];
}

/** Finds the page's parts, fills the form from the URL and shows it (it is hidden without JS). */
function setUpPage(root: HTMLElement): PageParts {
	const form = root.querySelector<HTMLFormElement>('form')!;
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const view = {
		list: root.querySelector<HTMLOListElement>('[data-search-results]')!,
		status: root.querySelector<HTMLElement>('[data-search-status]')!,
		empty: root.querySelector<HTMLElement>('[data-search-empty]')!,
		hints: root.querySelector<HTMLElement>('[data-search-hints]')!,
	};
	const params = new URL(location.href).searchParams;
	input.value = params.get('q') ?? '';
	form.querySelector<HTMLInputElement>(
		`input[name="scope"][value="${params.get('scope') === 'all' ? 'all' : 'locale'}"]`,
	)!.checked = true;
	root.querySelector('[data-search-needs-js]')?.remove();
	form.hidden = false;
	return {
		form,
		input,
		filtersBox: root.querySelector<HTMLElement>('[data-search-filters]')!,
		view,
	};
}

/**
 * Renders the filters when they arrive; the first search does not wait for them. The engine was
 * started, and readied with a ranked search, by the page's head (SearchEngineStart.astro).
 */
function warmUp(config: PageConfig, filtersBox: HTMLElement): void {
	void engineOf(config.locale)
		.then(async (pagefind) => {
			renderFilters(filtersBox, await pagefind.filters(), config);
			performance.mark('search:ready');
		})
		.catch(() => undefined);
}

/** Writes the query and scope into the page's URL, so the page can be shared and reloaded. */
function keepInUrl(query: string, scope: 'all' | 'locale'): void {
	const url = new URL(location.href);
	url.searchParams.set('q', query);
	if (scope === 'all') url.searchParams.set('scope', 'all');
	else url.searchParams.delete('scope');
	history.replaceState(null, '', url);
}

async function start(root: HTMLElement): Promise<void> {
	const config = JSON.parse(root.dataset.config ?? '{}') as PageConfig;
	const { form, input, filtersBox, view } = setUpPage(root);
	// Without the list of codes, search still works: it only loses the exact-code matches.
	const known = fetch(siteFileUrls.knownCodes)
		.then((r) => (r.ok ? (r.json() as Promise<KnownCodes>) : {}))
		.catch(() => ({}));
	warmUp(config, filtersBox);
	const languageOf = (locale: string) =>
		(config.locales.find((l) => l.id === locale)?.lang ?? 'en').split('-')[0] ?? 'en';

	let run = 0;
	const update = async () => {
		const current = ++run;
		const query = input.value.trim();
		const scope = new FormData(form).get('scope') === 'all' ? 'all' : 'locale';
		// After this task: the URL is for sharing, and the search need not wait for it.
		setTimeout(() => current === run && keepInUrl(query, scope));
		if (!query) return show([], '', config, view);
		view.status.textContent = config.strings.loading ?? '';
		const locales = scope === 'all' ? config.locales.map((l) => l.id) : [config.locale];
		const filters = selectedFilters(filtersBox);
		const request = { query, locale: config.locale, locales, languageOf, filters, known };
		try {
			await runQuery(
				{ ...request, terminology: config.terminology },
				(rows, done) => {
					if (!done) return show(rows, query, config, view, done);
					// A code-like word that is no known code: the nearest known codes may be what was meant.
					void known.then(
						(codes) =>
							current === run && show(rows, query, config, view, true, nearestCodes(query, codes)),
					);
				},
				() => current !== run,
			);
		} catch {
			// The index could not load (offline, a broken deployment): say so instead of "searching…".
			if (current === run) view.status.textContent = config.strings.unavailable ?? '';
		}
	};
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void update();
	});
	// Every keystroke searches at once; results of a query overtaken by the next are dropped.
	input.addEventListener('input', () => void update());
	form.addEventListener('change', () => void update());
	filtersBox.addEventListener('change', () => void update());
	root.addEventListener('keydown', (event) => moveFocus(event, input, view.list));
	await update();
}
