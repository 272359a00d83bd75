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
 * How the engine runs: in this page's thread, because a Web Worker would first have to load and
 * start its own copy of the engine (a search typed on a fresh page took about 15% longer,
 * npm run bench, N=200: median 194 against 166 ms).
 */
export const engineOptions = { excerptLength: 24, noWorker: true } as const;

/** The engine's script of a locale. */
export const engineUrl = (locale: string) => `${searchBundlePath(locale as Locale)}pagefind.js`;

/**
 * A ranked search the search page's head script runs as soon as the engine has started, when no
 * query is in the URL. The engine's first ranked search of many pages is its slowest (its
 * WebAssembly code is compiled as it first runs); done before the reader types, their first
 * query takes about half as long (a warm page at N=1000, 租户: ranked in 29–34 ms against 49–76). Every troubleshooting article names an
 * AADSTS code, in every language, so it matches many pages.
 */
export const warmUpSearch = { query: 'AADSTS', filters: { kind: ['article'] } } as const;

/**
 * Where the search page's head script (SearchEngineStart.astro) leaves the engine it started
 * while the page was still loading, by engine URL.
 */
export const earlyEnginesKey = 'searchEngines';

/** Takes the engine the page's head started for this URL, if it did (once: a failed start is not kept). */
function earlyEngine(url: string): Promise<Pagefind> | undefined {
	const started = (globalThis as Record<string, unknown>)[earlyEnginesKey] as
		Record<string, Promise<Pagefind>> | undefined;
	const engine = started?.[url];
	if (started) delete started[url];
	return engine;
}

/**
 * The search engine of a locale, loaded once; a failed load is tried again by the next query
 * rather than remembered.
 */
export function engineOf(locale: string): Promise<Pagefind> {
	let loading = engines.get(locale);
	if (!loading) {
		const url = engineUrl(locale);
		loading =
			earlyEngine(url) ??
			(async () => {
				const module = (await import(/* @vite-ignore */ url)) as Pagefind;
				await module.options(engineOptions);
				return module;
			})();
		loading.catch(() => engines.delete(locale));
		engines.set(locale, loading);
	}
	return loading;
}

/** The most results shown per language and stage. */
export const maxResults = 20;

/** A result whose page data loads when it is first asked for. */
interface Pending {
	result: PagefindResult;
	data(): Promise<PagefindResultData>;
	/** Starts loading the data, and only this result's. */
	prefetch(): void;
}

/**
 * The first `maxResults` results, each loading its page data (a fragment file) when it is first
 * read, together with the next few: the first row waits for its own fragment, not behind twenty
 * others, and the rows after it are already on their way.
 */
export function pendingOf(results: readonly PagefindResult[] = []): Pending[] {
	const list = results.slice(0, maxResults);
	const loads = new Map<number, Promise<PagefindResultData>>();
	const load = (index: number) => {
		let data = loads.get(index);
		if (!data) {
			data = list[index]!.data();
			data.catch(() => undefined);
			loads.set(index, data);
		}
		return data;
	};
	return list.map((result, index) => ({
		result,
		data() {
			// Its own fragment is asked for first, so that its request goes out first.
			const own = load(index);
			const ahead = index === 0 ? 1 : 4;
			for (let next = index + 1; next <= index + ahead && next < list.length; next++) load(next);
			return own;
		},
		prefetch: () => void load(index),
	}));
}

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
		for (const next of found) yield { result: next.result, data: await next.data() };
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
	// The entries that outrank the best article are read for their titles before it can show:
	// all of them at once, with that article.
	if (a[0]) {
		a[0].prefetch();
		for (const entry of r) if (entry.result.score > a[0].result.score) entry.prefetch();
	}
	while (a.length > 0 && r.length > 0) {
		if ((r[0]?.result.score ?? 0) > (a[0]?.result.score ?? 0)) {
			const next = r.shift()!;
			const found = { result: next.result, data: await next.data() };
			if (titleMatches(found.data.meta.title ?? '', words)) yield found;
			else later.push(found);
		} else {
			const next = a.shift()!;
			yield { result: next.result, data: await next.data() };
		}
	}
	for (const next of a) yield { result: next.result, data: await next.data() };
	yield* later;
	for (const next of r) yield { result: next.result, data: await next.data() };
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
