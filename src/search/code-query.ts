/**
 * Finding error codes in what support staff type or paste. Runs in the browser (search page,
 * error lookup) and at build time; it depends on nothing but the list of known codes.
 */

/**
 * Where a known code leads: an article (AADSTS codes; `also` lists the slugs of other articles
 * about the same code) or a reference entry (OAuth codes).
 */
export type CodeTarget =
	| { kind: 'article'; slug: string; code: string; also?: string[] }
	| { kind: 'reference'; code: string };

/** Every known code, keyed by its lookup form: `aadsts50000`, `invalid_grant`. */
export type KnownCodes = Record<string, CodeTarget>;

/**
 * The lookup key of a code as written: lowercase, `AADSTS` optional for numbers, spaces and
 * hyphens inside an OAuth code read as underscores.
 * @example lookupKey(' AADSTS 50000 ') // 'aadsts50000'
 * @example lookupKey('Invalid Grant') // 'invalid_grant'
 */
export function lookupKey(written: string): string {
	const text = written.trim().toLowerCase();
	const number = /^(?:aadsts)?[\s:-]*(\d{5,9})$/.exec(text);
	if (number) return `aadsts${number[1]}`;
	return text.replace(/[\s-]+/g, '_');
}

/**
 * The known codes a query is or contains, in the order they appear: `AADSTS50000`, `aadsts 50000`,
 * a bare `50000` or `Error 50000` (only when AADSTS50000 is known), a pasted error line, an OAuth
 * code with or without its underscore. Numbers that are not known codes (`500`, `2021`) are not.
 * @example findCodes('AADSTS7000218: The request body must contain…', known) // [{ kind: 'article', … }]
 */
export function findCodes(query: string, known: KnownCodes): CodeTarget[] {
	const text = query.toLowerCase();
	const found: { at: number; target: CodeTarget }[] = [];
	for (const match of text.matchAll(/\b(?:aadsts[\s:-]*)?(\d{5,9})\b/g)) {
		const target = known[`aadsts${match[1]}`];
		if (target) found.push({ at: match.index, target });
	}
	for (const [key, target] of Object.entries(known)) {
		if (target.kind !== 'reference') continue;
		const pattern = new RegExp(`(^|[^a-z_])${key.split('_').join('[_\\s-]+')}(?![a-z_])`);
		const match = pattern.exec(text);
		if (match) found.push({ at: match.index + (match[1]?.length ?? 0), target });
	}
	const seen = new Set<string>();
	return found
		.sort((a, b) => a.at - b.at)
		.map((f) => f.target)
		.filter((t) => !seen.has(keyOf(t)) && Boolean(seen.add(keyOf(t))));
}

function keyOf(target: CodeTarget): string {
	return target.kind === 'article' ? `article:${target.slug}` : `reference:${target.code}`;
}
