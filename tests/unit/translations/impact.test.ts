import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics/diagnostics.ts';
import { statusesOfTexts, type ArticleText } from '../../../src/translations/file-statuses.ts';
import { impactSummary, localeImpacts } from '../../../src/translations/impact.ts';
import { hashSourceFile } from '../../../src/translations/source-version.ts';

interface Fixture {
	before: Record<string, string>;
	after: Record<string, string>;
	diagnostics: Diagnostic[];
	links: { repository: string; commit: string };
}

const fixture = JSON.parse(
	readFileSync(new URL('./fixtures/impact/input.json', import.meta.url), 'utf8'),
) as Fixture;
const hashOf = (files: Record<string, string>, file: string) =>
	hashSourceFile(file, files[file] ?? '');
/** The fixture's texts, with `{hash:en-us/<slug>[@before|@after]}` replaced by that source's content hash. */
const texts = (files: Record<string, string>): ArticleText[] =>
	Object.entries(files).map(([file, source]) => ({
		file,
		source: source.replace(
			/\{hash:en-us\/([a-z]+)(?:@(before|after))?\}/g,
			(_, slug: string, when?: string) =>
				hashOf(
					when === 'after' ? fixture.after : fixture.before,
					`content/articles/en-us/${slug}.mdx`,
				),
		),
	}));

describe('translation impact of a pull request', () => {
	const before = statusesOfTexts(texts(fixture.before));
	const after = statusesOfTexts(texts(fixture.after));

	test('per locale: the translations made outdated by this change, and new articles left to translate', () => {
		expect(localeImpacts(before, after)).toEqual([
			{ locale: 'zh-cn', outdated: [], untranslated: ['b'] },
			{ locale: 'ja-jp', outdated: ['a'], untranslated: ['b'] },
			{ locale: 'de-de', outdated: ['a'], untranslated: ['b'] },
			// Outdated before the change already: not this change's doing.
			{ locale: 'fr-fr', outdated: [], untranslated: ['b'] },
			{ locale: 'ar-sa', outdated: [], untranslated: ['b'] },
		]);
	});

	test('the comment: fixtures in, exact Markdown out', () => {
		const markdown = impactSummary({
			before,
			after,
			diagnostics: fixture.diagnostics,
			links: fixture.links,
		});
		expect(markdown).toBe(
			readFileSync(new URL('./fixtures/impact/expected.md', import.meta.url), 'utf8'),
		);
	});

	test('a change that touches no translation says so', () => {
		expect(impactSummary({ before, after: before, diagnostics: [], links: fixture.links })).toBe(
			'<!-- translation-impact -->\n## Translation impact\n\nThis change makes no translation outdated and adds no article that needs translating.\n\n## Check of the changed files\n\nNo errors or warnings in the changed files.\n',
		);
	});
});
