import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadRegistry } from '../../../src/reference/load-registry.ts';

// The standards' own texts, where the shared corpus is present; never copied into the project.
const corpus = '../shared/corpus/rfc';
const sources: Record<string, string> = {
	rfc6749: `${corpus}/rfc6749.txt`,
	'oidc-core': `${corpus}/openid-connect-core-1_0.xml`,
	'oidc-unmet-authn': `${corpus}/openid-connect-unmet-authentication-requirements-1_0.xml`,
};
const available = Object.values(sources).every((path) => existsSync(path));

/** Text as a reader sees it: RFC page furniture or XML markup removed, white space folded. */
function plain(path: string, text: string): string {
	const readable = path.endsWith('.xml')
		? text
				.replace(/<[^>]+>/g, ' ')
				.replace(/&quot;/g, '"')
				.replace(/&amp;/g, '&')
		: text.replace(/\n+Hardt {2}[^\n]*\n\f\n?RFC 6749 [^\n]*\n+/g, ' ');
	return readable.replace(/\s+/g, ' ');
}

describe.skipIf(!available)(
	`quotations match the standards in ${corpus} (skipped where that folder is absent)`,
	() => {
		const { loaded } = loadRegistry(process.cwd());
		const definitions = (loaded?.registry.codes ?? []).flatMap((entry) =>
			entry.definitions.map((d) => ({ code: entry.code, ...d })),
		);
		const texts = Object.fromEntries(
			Object.entries(sources).map(([id, path]) => [
				id,
				available ? plain(path, readFileSync(path, 'utf8')) : '',
			]),
		);

		test('the registry quotes RFC 6749 and both OpenID specifications', () => {
			expect(
				[
					...new Set(definitions.filter((d) => d.document in sources).map((d) => d.document)),
				].sort(),
			).toEqual(['oidc-core', 'oidc-unmet-authn', 'rfc6749']);
		});

		for (const d of definitions.filter((definition) => definition.document === 'rfc6749')) {
			test(`${d.code} in RFC 6749 §${d.section} is quoted word for word`, () => {
				expect(texts.rfc6749).toContain(d.quote.replace(/\s+/g, ' '));
			});
		}

		for (const d of definitions.filter((definition) => definition.document.startsWith('oidc-'))) {
			test(`${d.code} in ${d.document} §${d.section} is quoted word for word (cross-references aside)`, () => {
				// The XML leaves a cross-reference without text; the registry writes its target ("Section 6").
				const compact = (text: string) => text.replace(/\s+/g, '');
				const text = compact(texts[d.document] ?? '');
				const found =
					text.includes(compact(d.quote)) ||
					text.includes(compact(d.quote.replace(/Section [\d.]+/g, '')));
				expect(found, d.quote).toBe(true);
			});
		}
	},
);
