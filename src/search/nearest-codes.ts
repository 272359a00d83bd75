/**
 * "Did you mean": the known codes nearest to what a reader typed, for a search that found
 * nothing. Runs in the browser.
 */
import type { CodeTarget } from '../routing/urls.ts';
import { lookupKey, type KnownCodes } from './code-query.ts';

/** Edits (insert, delete, replace one character) that turn one text into another. */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++)
			current[j] = Math.min(
				(previous[j] ?? 0) + 1,
				(current[j - 1] ?? 0) + 1,
				(previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
			);
		previous = current;
	}
	return previous[b.length] ?? 0;
}

/**
 * Up to `count` known codes within two edits of a code-like word of the query (an AADSTS code or
 * number, a word with `_`), nearest first, then in code order; none when the query holds a
 * known code.
 * @example nearestCodes('AADSTS5001', known) // [AADSTS50011's target, AADSTS50001's target, …]
 */
export function nearestCodes(query: string, known: KnownCodes, count = 3): CodeTarget[] {
	const written = [
		...query
			.normalize('NFKC')
			.toLowerCase()
			.matchAll(/aadsts[\s:-]*\d{3,9}|\b\d{4,9}\b|[a-z]+(?:_[a-z]+)+/g),
	].map((m) =>
		lookupKey(
			m[0].startsWith('aadsts') || /^\d/.test(m[0])
				? m[0].replace(/^(?:aadsts)?[\s:-]*/, 'aadsts')
				: m[0],
		),
	);
	// A word that is a known code needs no guessing: the code's page is already first.
	if (written.some((w) => known[w])) return [];
	const scored: { key: string; distance: number }[] = [];
	for (const key of Object.keys(known)) {
		const distance = Math.min(...written.map((w) => editDistance(w, key)));
		if (distance > 0 && distance <= 2) scored.push({ key, distance });
	}
	return scored
		.sort((a, b) => a.distance - b.distance || a.key.localeCompare(b.key))
		.slice(0, count)
		.flatMap(({ key }) => (known[key] ? [known[key]] : []));
}
