/**
 * Full-text search in the browser: one Pagefind engine per locale, loaded on first use, and the
 * results of a query in rank order as their excerpts arrive.
 */
import type { Locale } from '../i18n/locales.ts';
import { searchBundlePath } from '../routing/urls.ts';

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

/** The part of Pagefind's API the search page uses. */
export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(term: string, options?: { filters?: Record<string, string[]> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/** One row of the results list. */
export interface Row {
	url: string;
	title: string;
	excerpt?: string;
	locale: string;
	kind: string;
	exact?: boolean;
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
			const module = (await import(/* @vite-ignore */ `${searchBundlePath(locale as Locale)}pagefind.js`)) as Pagefind;
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

/** The most results shown per language. */
const maxResults = 20;

/**
 * Full-text results in one or every language, in rank order. Their excerpts load side by side,
 * and `onRows` is called each time the results shown so far grow: the first result shows as soon
 * as its own excerpt has loaded.
 */
export async function searchText(query: string, locales: readonly string[], ownLocale: string, filters: Record<string, string[]>, onRows: (rows: Row[]) => void): Promise<void> {
	const searches = await Promise.all(
		locales.map(async (locale) => {
			const pagefind = await engineOf(locale);
			// Service names are localized: that filter applies to the page's own language only.
			const own = locale === ownLocale ? filters : { kind: filters.kind ?? [] };
			const found = await pagefind.search(query, { filters: own });
			performance.mark('search:matched', { detail: locale });
			return { locale, results: found?.results.slice(0, maxResults) ?? [] };
		}),
	);
	const pending = searches.flatMap(({ locale, results }) => results.map(async (result) => ({ locale, data: await result.data() })));
	// The first excerpt that fails to load ends the search below; the others must not go unheard.
	for (const excerpt of pending) excerpt.catch(() => undefined);
	const rows: Row[] = [];
	for (const next of pending) {
		const { locale, data } = await next;
		if (rows.length === 0) performance.mark('search:excerpt');
		// Searching every language, a fallback is the English article found again: skipped.
		if (locales.length > 1 && data.meta.fallback) continue;
		rows.push({ url: data.url, title: data.meta.title ?? data.url, excerpt: data.excerpt, locale, kind: data.filters.kind?.[0] ?? 'article' });
		onRows([...rows]);
	}
	if (rows.length === 0) onRows([]);
}

