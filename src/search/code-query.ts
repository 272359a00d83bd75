import type { CodeTarget } from '../routing/urls.ts';

/**
 * Finding error codes in what support staff type or paste. Runs in the browser (search page,
 * error lookup) and at build time; it depends on nothing but the list of known codes.
 */

/** Every known code, keyed by its lookup form: `aadsts50000`, `invalid_grant`. */
export type KnownCodes = Record<string, CodeTarget>;

/**
 * The lookup key of a code as written: lowercase, `AADSTS` optional for numbers, spaces and
 * hyphens inside an OAuth code read as underscores.
 * @example lookupKey(' AADSTS 50000 ') // 'aadsts50000'
 * @example lookupKey('Invalid Grant') // 'invalid_grant'
 */
export function lookupKey(written: string): string {
	// NFKC: full-width letters and digits (ＡＡＤＳＴＳ５００００), as CJK keyboards type them, read as ASCII.
	const text = written.normalize('NFKC').trim().toLowerCase();
	const number = /^(?:aadsts)?[\s:-]*(\d{5,9})$/.exec(text);
	if (number) return `aadsts${number[1]}`;
	return text.replace(/[\s-]+/g, '_');
}

/** The shape of a lookup key: `aadsts` and 5 to 9 digits, or an OAuth code (`invalid_grant`). */
const lookupKeyShape = /^(aadsts\d{5,9}|[a-z]+(_[a-z]+)*)$/;

/**
 * Where the 404 page sends an error-lookup URL written another way (`/errors/AADSTS50000/`,
 * `/errors/50000/`, `/errors/invalid-grant/`): to the page of its lookup key, once. Anything
 * that would not become the path of a code page (other characters, encodings that do not
 * decode, a key already in its own form) is left on the 404 page, so a lookup never loops.
 * @example lookupRedirect('/errors/AADSTS50000/') // '/errors/aadsts50000/'
 * @example lookupRedirect('/errors/%C3%A9/') // undefined
 */
export function lookupRedirect(pathname: string): string | undefined {
	const segment = /^\/errors\/([^/]+)\/?$/.exec(pathname)?.[1];
	if (!segment) return undefined;
	let written: string;
	try {
		written = decodeURIComponent(segment);
	} catch {
		return undefined;
	}
	const key = lookupKey(written);
	return lookupKeyShape.test(key) && key !== segment ? `/errors/${key}/` : undefined;
}

/**
 * The page a lookup key leads to, among the destinations a page knows (never an inherited
 * property such as `__proto__`).
 * @example destinationOf({ aadsts50000: '/en-us/troubleshoot/aadsts50000/' }, '__proto__') // undefined
 */
export function destinationOf(
	destinations: Record<string, string>,
	key: string,
): string | undefined {
	const destination: unknown = Object.hasOwn(destinations, key) ? destinations[key] : undefined;
	return typeof destination === 'string' ? destination : undefined;
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
