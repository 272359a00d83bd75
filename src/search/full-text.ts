/**
 * Full-text search in the browser: one Pagefind engine per locale, loaded on first use, and the
 * pages that match every word of a query in rank order, as their excerpts arrive: articles
 * first, then reference entries (an entry whose own title matches the query keeps its rank).
 */
import type { Locale } from '../i18n/locales.ts';
import { searchBundlePath } from '../routing/urls.ts';
import { foldLetters } from './normalize.ts';

/** What Pagefind tells about one result once its fragment has loaded. */
export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

/** One Pagefind result: known at once (id, score), its page's data loaded on demand. */
export interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindResultData>;
}

/** The part of Pagefind's API the search page uses. */
export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(
		term: string,
		options?: { filters?: Record<string, string[]> },
	): Promise<{ results: PagefindResult[] } | null>;
}

/** One row of the results list. */
export interface Row {
	url: string;
	title: string;
	excerpt?: string;
	locale: string;
	kind: string;
	exact?: boolean;
	/** The page matches only some of the query's words. */
	partial?: boolean;
	/** `<locale>:<Pagefind id>`, so a page found again is not listed twice. */
	id?: string;
}

const engines = new Map<string, Promise<Pagefind>>();

/**
 * The search engine of a locale, loaded once; a failed load is tried again by the next query
 * rather than remembered.
 */
export function engineOf(locale: string): Promise<Pagefind> {
	let loading = engines.get(locale);
	if (!loading) {
		loading = (async () => {
			const module = (await import(
				/* @vite-ignore */ `${searchBundlePath(locale as Locale)}pagefind.js`
			)) as Pagefind;
			// In this page's thread: a Web Worker would first have to load and start its own copy of
			// the engine; a search typed on a fresh page took about 15% longer (npm run bench, N=200:
			// median 194 against 166 ms).
			await module.options({ excerptLength: 24, noWorker: true });
			return module;
		})();
		loading.catch(() => engines.delete(locale));
		engines.set(locale, loading);
	}
	return loading;
}

/** The most results shown per language and stage. */
export const maxResults = 20;

/** A result whose data is on its way. */
interface Pending {
	result: PagefindResult;
	data: Promise<PagefindResultData>;
}

const pendingOf = (results: readonly PagefindResult[] = []): Pending[] =>
	results.slice(0, maxResults).map((result) => {
		const data = result.data();
		data.catch(() => undefined);
		return { result, data };
	});

/**
 * Tells whether every word of the query is in a title (letters folded, `_` read as a space):
 * such a reference entry keeps its rank among the articles.
 * @example titleMatches('invalid_redirect_uri – OAuth errors', ['redirect']) // true
 */
export function titleMatches(title: string, words: readonly string[]): boolean {
	const text = foldLetters(title).replace(/_/g, ' ');
	return words.length > 0 && words.every((word) => text.includes(foldLetters(word)));
}

/** A locale's matches of every word, articles before reference entries, in the order shown. */
async function* kindOrdered(
	pagefind: Pagefind,
	query: string,
	filters: Record<string, string[]>,
	words: readonly string[],
	locale: string,
): AsyncGenerator<{ result: PagefindResult; data: PagefindResultData }> {
	if (filters.kind?.length) {
		const found = pendingOf((await pagefind.search(query, { filters }))?.results);
		performance.mark('search:matched', { detail: locale });
		for (const next of found) yield { result: next.result, data: await next.data };
		return;
	}
	const [articles, references] = await Promise.all(
		['article', 'reference'].map(async (kind) =>
			pendingOf((await pagefind.search(query, { filters: { ...filters, kind: [kind] } }))?.results),
		),
	);
	performance.mark('search:matched', { detail: locale });
	const later: { result: PagefindResult; data: PagefindResultData }[] = [];
	const a = articles ?? [];
	const r = references ?? [];
	while (a.length > 0 && r.length > 0) {
		if ((r[0]?.result.score ?? 0) > (a[0]?.result.score ?? 0)) {
			const next = r.shift()!;
			const found = { result: next.result, data: await next.data };
			if (titleMatches(found.data.meta.title ?? '', words)) yield found;
			else later.push(found);
		} else {
			const next = a.shift()!;
			yield { result: next.result, data: await next.data };
		}
	}
	for (const next of a) yield { result: next.result, data: await next.data };
	yield* later;
	for (const next of r) yield { result: next.result, data: await next.data };
}

/** A result's row. */
export function rowOf(locale: string, result: PagefindResult, data: PagefindResultData): Row {
	return {
		url: data.url,
		title: data.meta.title ?? data.url,
		excerpt: data.excerpt,
		locale,
		kind: data.filters.kind?.[0] ?? 'article',
		id: `${locale}:${result.id}`,
	};
}

/**
 * The pages that match every word, in one or every language, in rank order. `onRows` is called
 * each time the results shown so far grow: the first result shows as soon as its own excerpt has
 * loaded. `words` are the query's meaningful words (for titles that match). Returns the rows.
 */
export async function searchText(
	query: string,
	locales: readonly string[],
	ownLocale: string,
	filters: Record<string, string[]>,
	onRows: (rows: Row[]) => void,
	words: readonly string[] = [],
): Promise<Row[]> {
	const searches = await Promise.all(
		locales.map(async (locale) => {
			const pagefind = await engineOf(locale);
			// Service names are localized: that filter applies to the page's own language only.
			const own = locale === ownLocale ? filters : filters.kind ? { kind: filters.kind } : {};
			return { locale, found: kindOrdered(pagefind, query, own, words, locale) };
		}),
	);
	const rows: Row[] = [];
	for (const { locale, found } of searches) {
		for await (const { result, data } of found) {
			if (rows.length === 0) performance.mark('search:excerpt');
			// Searching every language, a fallback is the English article found again: skipped.
			if (locales.length > 1 && data.meta.fallback) continue;
			rows.push(rowOf(locale, result, data));
			onRows([...rows]);
		}
	}
	if (rows.length === 0) onRows([]);
	return rows;
}
