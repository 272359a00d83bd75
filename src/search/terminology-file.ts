import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { parseYaml, validateYaml } from '../diagnostics/yaml-diagnostics.ts';
import { localeIds, type Locale } from '../i18n/locales.ts';
import { foldLetters } from './normalize.ts';
import type { Terminology } from './terminology.ts';

/** Where a locale's terminology list lives, relative to the project root. */
const terminologyFile = (locale: Locale) => `content/terminology/${locale}.yaml`;

/** One term: a word or a few words, as readers or writers write it. */
const TermSchema = z
	.string({
		error:
			'expected a term as text, such as "redirect URI" (quote it if it starts with a special character)',
	})
	.trim()
	.min(1, { error: 'expected a term, not an empty text' })
	.max(80, { error: 'a term is a word or a few words (at most 80 characters)' });

/** A terminology list: groups of terms that mean the same thing to a reader. */
const TerminologySchema = z.strictObject({
	/** Each group lists two or more terms; a query with one of them also searches the others. */
	groups: z.array(
		z
			.array(TermSchema, {
				error: 'expected a group as a list of terms, such as [SSO, single sign-on]',
			})
			.min(2, { error: 'a group lists at least two terms that mean the same thing' }),
		{
			error: 'expected "groups:" with a list of groups of terms',
		},
	),
});

/**
 * Reads and validates every locale's terminology list below a project root. A term listed twice
 * (in one group or in two: which meaning would it expand to?) is an error at its line. Lists
 * come back for valid files only.
 */
export function loadTerminology(root: string): {
	lists: Partial<Record<Locale, Terminology>>;
	diagnostics: Diagnostic[];
} {
	const lists: Partial<Record<Locale, Terminology>> = {};
	const diagnostics: Diagnostic[] = [];
	for (const locale of localeIds) {
		const file = terminologyFile(locale);
		// A list is optional: without one, that locale's searches are not expanded.
		if (!existsSync(join(root, file))) continue;
		const { parsed, diagnostics: syntax } = parseYaml({
			file,
			text: readFileSync(join(root, file), 'utf8'),
			rule: 'terminology',
		});
		diagnostics.push(...syntax);
		const result = parsed && validateYaml(parsed, TerminologySchema);
		if (!parsed || !result?.data) {
			diagnostics.push(...(result?.diagnostics ?? []).map((d) => ({ ...d, rule: 'terminology' })));
			continue;
		}
		const seen = new Map<string, string>();
		const repeats: Diagnostic[] = [];
		result.data.groups.forEach((group, g) =>
			group.forEach((term, t) => {
				const key = foldLetters(term).replace(/[\s-]+/g, ' ');
				const first = seen.get(key);
				if (first)
					repeats.push(
						parsed.at(
							['groups', g, t],
							`"${term}" is listed twice (first in ${first}); a term belongs to one group: merge the groups or remove one`,
						),
					);
				else seen.set(key, `group ${g + 1}`);
			}),
		);
		diagnostics.push(...repeats);
		if (repeats.length === 0) lists[locale] = result.data.groups;
	}
	return { lists, diagnostics };
}
