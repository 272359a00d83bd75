import type { KnownCodes } from './code-query.ts';

/**
 * The lookup table of every known code, built from the articles' AADSTS codes and the registry's
 * OAuth codes. Nothing is listed by hand: a new article or registry entry adds its codes.
 * @example buildKnownCodes([{ slug: 'aadsts50000', codes: ['AADSTS50000'] }], ['invalid_grant'])
 */
export function buildKnownCodes(
	articles: readonly { slug: string; codes: readonly string[] }[],
	oauthCodes: readonly string[],
): KnownCodes {
	const known: KnownCodes = {};
	for (const { slug, codes } of articles) {
		for (const code of codes) {
			const key = code.toLowerCase();
			const first = known[key];
			if (!first) known[key] = { kind: 'article', slug, code };
			// Two articles about one code are both offered, in the order the articles come.
			else if (first.kind === 'article' && first.slug !== slug)
				first.also = [...(first.also ?? []), slug];
		}
	}
	for (const code of oauthCodes) known[code] = { kind: 'reference', code };
	return Object.fromEntries(Object.entries(known).sort(([a], [b]) => a.localeCompare(b)));
}
