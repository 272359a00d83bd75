/**
 * The search page's browser code: runs the query from the URL against the reader's language (or
 * every language), puts an exact code match first, and renders results as links. Text from the
 * query and from pages is only ever inserted as text.
 */
import type { Locale } from '../i18n/locales.ts';
import { codeTargetUrl, errorLookupUrl } from '../routing/urls.ts';
import { findCodes, type CodeTarget, type KnownCodes } from './code-query.ts';
import { engineOf, searchText, type Row } from './full-text.ts';

interface SearchConfig {
	locale: string;
	lang: string;
	locales: { id: string; lang: string; label: string }[];
	strings: Record<string, string>;
	/** The "N results" string per plural category of the page's language. */
	resultCounts: Record<string, string>;
}

const app = document.querySelector<HTMLElement>('[data-search-app]');
if (app) void start(app);

async function start(root: HTMLElement): Promise<void> {
	const config = JSON.parse(root.dataset.config ?? '{}') as SearchConfig;
	const form = root.querySelector<HTMLFormElement>('form')!;
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
	const status = root.querySelector<HTMLElement>('[data-search-status]')!;
	const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
	const filtersBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
	const params = new URL(location.href).searchParams;
	input.value = params.get('q') ?? '';
	form.querySelector<HTMLInputElement>(`input[name="scope"][value="${params.get('scope') === 'all' ? 'all' : 'locale'}"]`)!.checked = true;
	root.querySelector('[data-search-needs-js]')?.remove();
	form.hidden = false;

	// Without the list of codes, search still works: it only loses the exact-code matches.
	const known = fetch('/search/codes.json')
		.then((r) => (r.ok ? (r.json() as Promise<KnownCodes>) : {}))
		.catch(() => ({}));
	// Filters render when they arrive; the first search does not wait for them. An empty search
	// then readies the engine (its WebAssembly and the language's word segmenter) before the
	// reader types, so the first query pays only for its own index chunk and excerpts.
	void engineOf(config.locale)
		.then(async (pagefind) => {
			renderFilters(filtersBox, await pagefind.filters(), config);
			await pagefind.search('');
			performance.mark('search:ready');
		})
		.catch(() => undefined);

	let run = 0;
	const update = async () => {
		const current = ++run;
		const query = input.value.trim();
		const scope = new FormData(form).get('scope') === 'all' ? 'all' : 'locale';
		const url = new URL(location.href);
		url.searchParams.set('q', query);
		if (scope === 'all') url.searchParams.set('scope', 'all');
		else url.searchParams.delete('scope');
		history.replaceState(null, '', url);
		if (!query) return show([], '', config, { list, status, empty });
		status.textContent = config.strings.loading ?? '';
		const filters = selectedFilters(filtersBox);
		let text: Row[] = [];
		let exact: CodeTarget[] = [];
		let done = false;
		const render = () => {
			if (current !== run) return;
			const titles = new Map(text.map((row) => [row.url, row.title]));
			const pinnedRows = exact.map((target) => pinned(target, config, titles));
			const seen = new Set(pinnedRows.map((r) => r.url));
			show([...pinnedRows, ...text.filter((row) => !seen.has(row.url) && Boolean(seen.add(row.url)))], query, config, { list, status, empty }, done);
		};
		// An exact code match needs only the list of codes: it shows while the full-text index loads.
		const pinning = filters.kind?.length
			? Promise.resolve()
			: known.then((codes) => {
					exact = findCodes(query, codes);
					if (exact.length > 0) render();
				});
		try {
			const locales = scope === 'all' ? config.locales.map((l) => l.id) : [config.locale];
			await searchText(query, locales, config.locale, filters, (rows) => {
				text = rows;
				render();
			});
			await pinning;
			done = true;
			render();
		} catch {
			// The index could not load (offline, a broken deployment): say so instead of "searching…".
			if (current === run) status.textContent = config.strings.unavailable ?? '';
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
	root.addEventListener('keydown', (event) => moveFocus(event, input, list));
	await update();
}

function pinned(target: CodeTarget, config: SearchConfig, titles: ReadonlyMap<string, string>): Row {
	const url = codeTargetUrl(target, config.locale as Locale);
	const title = titles.get(url) ?? target.code;
	return { url, title, locale: config.locale, kind: target.kind, exact: true };
}

/** Shows rows; until `done`, the status still says the search is running and "no results" waits. */
function show(rows: Row[], query: string, config: SearchConfig, view: { list: HTMLOListElement; status: HTMLElement; empty: HTMLElement }, done = true): void {
	// Results arrive one by one: a reader moving through them with the arrow keys keeps their place.
	const focused = [...view.list.querySelectorAll('a.result-title')].indexOf(document.activeElement as Element);
	view.list.replaceChildren(...rows.map((row) => renderRow(row, config)));
	if (focused >= 0) view.list.querySelectorAll<HTMLAnchorElement>('a.result-title')[Math.min(focused, rows.length - 1)]?.focus();
	const category = new Intl.PluralRules(config.lang).select(rows.length);
	const count = (config.resultCounts[category] ?? config.resultCounts.other ?? '').replace('{{count}}', String(rows.length));
	view.status.textContent = !query ? '' : done ? count : (config.strings.loading ?? '');
	view.empty.hidden = !query || !done || rows.length > 0;
	if (!view.empty.hidden) {
		view.empty.querySelector('[data-empty-message]')!.textContent = (config.strings.noResults ?? '').replace('{{query}}', query);
		const lookup = view.empty.querySelector<HTMLAnchorElement>('[data-empty-lookup]')!;
		lookup.textContent = (config.strings.lookupLink ?? '').replace('{{query}}', query);
		lookup.href = `${errorLookupUrl(config.locale as Locale)}?code=${encodeURIComponent(query)}`;
	}
	// Where the time goes, for the benchmark: search:ready (engine started), then per query
	// search:matched (index searched), search:excerpt (first excerpt loaded), search:shown.
	if (rows.length > 0) performance.mark('search:shown');
	if (rows.length > 0 && !performance.getEntriesByName('search-first-result').length) performance.mark('search-first-result');
}

function renderRow(row: Row, config: SearchConfig): HTMLLIElement {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.href = row.url;
	link.className = 'result-title';
	link.textContent = row.title;
	const language = config.locales.find((l) => l.id === row.locale);
	if (language && row.locale !== config.locale) link.lang = language.lang;
	const badges = document.createElement('span');
	badges.className = 'result-badges';
	const texts = [row.exact ? config.strings.exactMatch : '', language?.label ?? '', row.kind === 'reference' ? config.strings.kindReference : config.strings.kindArticle];
	for (const text of texts.filter(Boolean)) {
		const badge = document.createElement('span');
		badge.className = row.exact && text === config.strings.exactMatch ? 'badge badge-exact' : 'badge';
		badge.textContent = text ?? '';
		badges.append(badge);
	}
	item.append(link, ' ', badges);
	if (row.excerpt) item.append(renderExcerpt(row.excerpt, language?.lang));
	if (row.exact) item.dataset.exact = 'true';
	return item;
}

/** Pagefind excerpts mark matches with `<mark>`; everything else is text. */
function renderExcerpt(excerpt: string, lang: string | undefined): HTMLParagraphElement {
	const paragraph = document.createElement('p');
	paragraph.className = 'result-excerpt';
	if (lang) paragraph.lang = lang;
	const parts = excerpt.split(/<mark>|<\/mark>/);
	parts.forEach((part, index) => {
		const text = new DOMParser().parseFromString(part, 'text/html').documentElement.textContent ?? '';
		if (index % 2 === 1) {
			const mark = document.createElement('mark');
			mark.textContent = text;
			paragraph.append(mark);
		} else paragraph.append(text);
	});
	return paragraph;
}

function renderFilters(box: HTMLElement, available: Record<string, Record<string, number>>, config: SearchConfig): void {
	const groups: [string, string][] = [['kind', config.strings.kind ?? ''], ['service', config.strings.service ?? '']];
	for (const [name, legend] of groups) {
		const values = Object.keys(available[name] ?? {}).sort();
		if (values.length < 2) continue;
		const fieldset = document.createElement('fieldset');
		const title = document.createElement('legend');
		title.textContent = legend;
		fieldset.append(title);
		for (const value of values) {
			const label = document.createElement('label');
			const checkbox = document.createElement('input');
			checkbox.type = 'checkbox';
			checkbox.name = name;
			checkbox.value = value;
			const text = name === 'kind' ? (value === 'reference' ? config.strings.kindReference : config.strings.kindArticle) : value;
			label.append(checkbox, ` ${text ?? value}`);
			fieldset.append(label);
		}
		box.append(fieldset);
	}
}

function selectedFilters(box: HTMLElement): Record<string, string[]> {
	const filters: Record<string, string[]> = {};
	for (const input of box.querySelectorAll<HTMLInputElement>('input:checked')) (filters[input.name] ??= []).push(input.value);
	return filters;
}

/** Arrow keys move between the search box and the result links. */
function moveFocus(event: KeyboardEvent, input: HTMLInputElement, list: HTMLOListElement): void {
	if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
	const links = [...list.querySelectorAll<HTMLAnchorElement>('a.result-title')];
	const index = links.indexOf(document.activeElement as HTMLAnchorElement);
	if (document.activeElement !== input && index === -1) return;
	event.preventDefault();
	const next = event.key === 'ArrowDown' ? index + 1 : index - 1;
	(next < 0 ? input : links[Math.min(next, links.length - 1)])?.focus();
}
