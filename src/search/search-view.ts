/**
 * The search page's view: result rows, excerpts, filters, the "no results" help, and moving
 * through results with the keyboard. Text from the query and from pages is only ever inserted
 * as text.
 */
import type { Locale } from '../i18n/locales.ts';
import { formatCount } from '../i18n/plural-forms.ts';
import { codeTargetUrl, errorLookupUrl, type CodeTarget } from '../routing/urls.ts';
import type { Row } from './full-text.ts';

/** What the search page was built with (from its `data-config`). */
export interface SearchConfig {
	locale: string;
	lang: string;
	locales: { id: string; lang: string; label: string }[];
	strings: Record<string, string>;
	/** The "N results" string per plural category of the page's language. */
	resultCounts: Record<string, string>;
}

/** The page's elements the view writes into. */
export interface SearchView {
	list: HTMLOListElement;
	status: HTMLElement;
	empty: HTMLElement;
	/** "Did you mean", above the results. */
	hints: HTMLElement;
}

/** Shows rows; until `done`, the status still says the search is running and "no results" waits. */
export function show(
	rows: Row[],
	query: string,
	config: SearchConfig,
	view: SearchView,
	done = true,
	nearest: readonly CodeTarget[] = [],
): void {
	// Results arrive one by one: a reader moving through them with the arrow keys keeps their place.
	const focused = [...view.list.querySelectorAll('a.result-title')].indexOf(
		document.activeElement as Element,
	);
	view.list.replaceChildren(...rows.map((row) => renderRow(row, config)));
	if (focused >= 0) {
		const titles = view.list.querySelectorAll<HTMLAnchorElement>('a.result-title');
		titles[Math.min(focused, rows.length - 1)]?.focus();
	}
	const count = formatCount(config.resultCounts, config.lang, rows.length);
	view.status.textContent = !query ? '' : done ? count : (config.strings.loading ?? '');
	view.empty.hidden = !query || !done || rows.length > 0;
	if (!view.empty.hidden) {
		view.empty.querySelector('[data-empty-message]')!.textContent = (
			config.strings.noResults ?? ''
		).replace('{{query}}', query);
		const lookup = view.empty.querySelector<HTMLAnchorElement>('[data-empty-lookup]')!;
		lookup.textContent = (config.strings.lookupLink ?? '').replace('{{query}}', query);
		lookup.href = `${errorLookupUrl(config.locale as Locale)}?code=${encodeURIComponent(query)}`;
		renderEveryLanguage(view.empty, query, config);
	}
	renderDidYouMean(view.hints, done ? nearest : [], config);
	// Where the time goes, for the benchmark: search:ready (engine started), then per query
	// search:matched (index searched), search:excerpt (first excerpt loaded), search:shown.
	if (rows.length > 0) performance.mark('search:shown');
	if (rows.length > 0 && !performance.getEntriesByName('search-first-result').length)
		performance.mark('search-first-result');
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
	const texts = [
		row.exact ? config.strings.exactMatch : '',
		language?.label ?? '',
		row.kind === 'reference' ? config.strings.kindReference : config.strings.kindArticle,
		row.partial ? config.strings.partialMatch : '',
	];
	for (const text of texts.filter(Boolean)) {
		const badge = document.createElement('span');
		badge.className =
			row.exact && text === config.strings.exactMatch ? 'badge badge-exact' : 'badge';
		badge.textContent = text ?? '';
		badges.append(badge);
	}
	item.append(link, ' ', badges);
	if (row.excerpt) item.append(renderExcerpt(row.excerpt, language?.lang));
	if (row.exact) item.dataset.exact = 'true';
	if (row.partial) item.dataset.partial = 'true';
	return item;
}

/** Pagefind excerpts mark matches with `<mark>`; everything else is text. */
function renderExcerpt(excerpt: string, lang: string | undefined): HTMLParagraphElement {
	const paragraph = document.createElement('p');
	paragraph.className = 'result-excerpt';
	if (lang) paragraph.lang = lang;
	const parts = excerpt.split(/<mark>|<\/mark>/);
	parts.forEach((part, index) => {
		const text =
			new DOMParser().parseFromString(part, 'text/html').documentElement.textContent ?? '';
		if (index % 2 === 1) {
			const mark = document.createElement('mark');
			mark.textContent = text;
			paragraph.append(mark);
		} else paragraph.append(text);
	});
	return paragraph;
}

export function renderFilters(
	box: HTMLElement,
	available: Record<string, Record<string, number>>,
	config: SearchConfig,
): void {
	const groups: [string, string][] = [
		['kind', config.strings.kind ?? ''],
		['service', config.strings.service ?? ''],
	];
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
			const text =
				name === 'kind'
					? value === 'reference'
						? config.strings.kindReference
						: config.strings.kindArticle
					: value;
			label.append(checkbox, ` ${text ?? value}`);
			fieldset.append(label);
		}
		box.append(fieldset);
	}
}

export function selectedFilters(box: HTMLElement): Record<string, string[]> {
	const filters: Record<string, string[]> = {};
	for (const input of box.querySelectorAll<HTMLInputElement>('input:checked'))
		(filters[input.name] ??= []).push(input.value);
	return filters;
}

/** Arrow keys move between the search box and the result links. */
export function moveFocus(
	event: KeyboardEvent,
	input: HTMLInputElement,
	list: HTMLOListElement,
): void {
	if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
	const links = [...list.querySelectorAll<HTMLAnchorElement>('a.result-title')];
	const index = links.indexOf(document.activeElement as HTMLAnchorElement);
	if (document.activeElement !== input && index === -1) return;
	event.preventDefault();
	const next = event.key === 'ArrowDown' ? index + 1 : index - 1;
	(next < 0 ? input : links[Math.min(next, links.length - 1)])?.focus();
}

/** The known codes nearest to a code the reader typed ("did you mean"), as links; or nothing. */
function renderDidYouMean(
	box: HTMLElement,
	nearest: readonly CodeTarget[],
	config: SearchConfig,
): void {
	box.hidden = nearest.length === 0;
	if (box.hidden) return box.replaceChildren();
	const links = nearest.flatMap((target, index) => {
		const link = document.createElement('a');
		link.href = codeTargetUrl(target, config.locale as Locale);
		link.textContent = target.code;
		link.translate = false;
		return index > 0 ? [', ', link] : [link];
	});
	box.replaceChildren(config.strings.didYouMean ?? '', ' ', ...links);
}

/** Under "no results": a link that searches every language, unless that was the search. */
function renderEveryLanguage(empty: HTMLElement, query: string, config: SearchConfig): void {
	const box = empty.querySelector<HTMLElement>('[data-empty-hints]');
	const all = new URL(location.href);
	if (!box || all.searchParams.get('scope') === 'all') return box?.replaceChildren();
	all.searchParams.set('scope', 'all');
	const link = document.createElement('a');
	link.href = `${all.pathname}${all.search}`;
	link.dataset.everyLanguage = '';
	link.textContent = (config.strings.everyLanguage ?? '').replace('{{query}}', query);
	const line = document.createElement('p');
	line.append(link);
	box.replaceChildren(line);
}
