/**
 * The wider search that follows the pages matching every word: pages matching some of the
 * query's words and terms (any spelling, any synonym), ranked by how much of the query they
 * match. Runs in the browser, after the all-words results are shown.
 */
import {
	engineOf,
	maxResults,
	rowOf,
	type Pagefind,
	type PagefindResult,
	type Row,
} from './full-text.ts';
import { rankPartialMatches } from './relax.ts';
import type { QueryUnit } from './terminology.ts';

/** How many pages a locale's index holds (for how rare a word is), from its filter counts. */
async function pageCount(pagefind: Pagefind): Promise<number> {
	const kinds = (await pagefind.filters()).kind ?? {};
	return Object.values(kinds).reduce((sum, n) => sum + n, 0);
}

/** The pages found for one unit under any of its alternatives, each with its best score. */
async function unitHits(
	pagefind: Pagefind,
	unit: QueryUnit,
	filters: Record<string, string[]>,
): Promise<Map<string, PagefindResult>> {
	const found = await Promise.all(
		unit.alternatives.map((term) => pagefind.search(term, { filters })),
	);
	const hits = new Map<string, PagefindResult>();
	for (const result of found.flatMap((f) => f?.results ?? [])) {
		const best = hits.get(result.id);
		if (!best || result.score > best.score) hits.set(result.id, result);
	}
	return hits;
}

/**
 * Tells whether a query needs the wider search: several units, or one with other spellings or
 * synonyms (a single plain word is what the all-words search already did).
 * @example needsWiderSearch([{ word: 'token', alternatives: ['token'] }]) // false
 */
export function needsWiderSearch(units: readonly QueryUnit[]): boolean {
	return units.length > 1 || (units[0]?.alternatives.length ?? 0) > 1;
}

/**
 * The pages of a locale that match some of the units and are not in `shown` (row ids), best
 * first, as rows marked partial; at most `maxResults`. `onRows` hears each row as it loads.
 */
export async function searchWider(
	units: readonly QueryUnit[],
	locale: string,
	filters: Record<string, string[]>,
	shown: ReadonlySet<string>,
	onRows: (rows: Row[]) => void,
): Promise<Row[]> {
	const pagefind = await engineOf(locale);
	const [total, hits] = await Promise.all([
		pageCount(pagefind),
		Promise.all(units.map((unit) => unitHits(pagefind, unit, filters))),
	]);
	const scores = hits.map((unit) => new Map([...unit].map(([id, result]) => [id, result.score])));
	const hidden = new Set(
		[...shown].filter((id) => id.startsWith(`${locale}:`)).map((id) => id.slice(locale.length + 1)),
	);
	const best = rankPartialMatches(scores, total, hidden).slice(0, maxResults);
	const pending = best.map(({ id }) => {
		const result = hits.find((unit) => unit.has(id))!.get(id)!;
		const data = result.data();
		data.catch(() => undefined);
		return { result, data };
	});
	const rows: Row[] = [];
	for (const { result, data } of pending) {
		rows.push({ ...rowOf(locale, result, await data), partial: true });
		onRows([...rows]);
	}
	return rows;
}
