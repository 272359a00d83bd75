/**
 * Ranking pages that match only some of a query: by how much of the query they match, rare
 * words counting more than common ones, then by Pagefind's own score. Pure; runs in the browser.
 */

/** A page that matches part of a query. */
export interface PartialMatch {
	id: string;
	/** The summed weight of the units it matches. */
	weight: number;
	/** How many units it matches. */
	matched: number;
	/** Its Pagefind scores, summed over the units it matches. */
	score: number;
}

/**
 * The weight of a unit found on `found` of `total` pages: rarer is heavier, a unit found
 * nowhere weighs nothing (inverse document frequency).
 * @example unitWeight(1, 50) > unitWeight(40, 50) // true
 */
export function unitWeight(found: number, total: number): number {
	return found > 0 ? Math.log(1 + Math.max(total, found) / found) : 0;
}

/**
 * Pages that match some units, heaviest first (then by Pagefind's score, then by id so the
 * order never changes between runs); `hits[i]` maps each page found for unit `i` to its
 * Pagefind score. Pages in `shown` (already listed) are left out.
 * @example rankPartialMatches([new Map([['a', 1], ['b', 2]]), new Map([['a', 1]])], 10, new Set())
 * // [{ id: 'a', matched: 2, … }, { id: 'b', matched: 1, … }]
 */
export function rankPartialMatches(
	hits: readonly ReadonlyMap<string, number>[],
	total: number,
	shown: ReadonlySet<string>,
): PartialMatch[] {
	const pages = new Map<string, PartialMatch>();
	for (const unit of hits) {
		const weight = unitWeight(unit.size, total);
		if (weight === 0) continue;
		for (const [id, score] of unit) {
			if (shown.has(id)) continue;
			const page = pages.get(id) ?? { id, weight: 0, matched: 0, score: 0 };
			page.weight += weight;
			page.matched += 1;
			page.score += score;
			pages.set(id, page);
		}
	}
	return [...pages.values()].sort(
		(a, b) => b.weight - a.weight || b.score - a.score || a.id.localeCompare(b.id),
	);
}
