import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import xliff2js from 'xliff/xliff2js';
import { validateFrontMatter } from '../../../src/content/front-matter.ts';
import { inlineToMarkdown } from '../../../src/l10n/codes.ts';
import { exportArticle } from '../../../src/l10n/export.ts';
import { unitMarkdown } from '../../../src/l10n/previous-translation.ts';
import { pseudoText, unpseudoText } from '../../../src/l10n/pseudo.ts';
import { articleUnits } from '../../../src/l10n/units.ts';
import { readXliff } from '../../../src/l10n/xliff-read.ts';
import { writeXliff } from '../../../src/l10n/xliff-write.ts';

const fixture = 'tests/unit/l10n/fixtures/every-kind.mdx';
const text = readFileSync(fixture, 'utf8');
const data = validateFrontMatter(fixture, text).data!;
const xml = writeXliff(
	exportArticle({
		slug: 'every-kind',
		locale: 'ja-jp',
		source: { text, data },
		date: '12/01/2026',
	}),
);

describe('l10n:export', () => {
	test('writes the exact XLIFF 2.0 of an article with every block and inline kind', () => {
		// Regenerate on purpose only: every unit, segment, <ph>, <pc> and <originalData> here is reviewed output.
		expect(xml).toBe(readFileSync('tests/unit/l10n/fixtures/every-kind.ja-jp.xlf', 'utf8'));
	});

	test('the file parses in the xliff package: languages, every unit, codes as standalone and paired', async () => {
		const parsed = await xliff2js(xml);
		expect(parsed.sourceLanguage).toBe('en-US');
		expect(parsed.targetLanguage).toBe('ja-JP');
		expect(Object.keys(parsed.resources['every-kind'] ?? {})).toEqual([
			'title',
			'description',
			'_intro.p1',
			'cause.h1',
			'cause.p1',
			'cause.td1',
			'cause.td2',
			'cause.td3',
			'cause.li1',
			'cause.li2',
			'cause.alert1',
			'cause.alert2',
			'cause.quote1',
		]);
		expect(parsed.resources['every-kind']?.['cause.h1']?.source).toEqual([
			{
				Standalone: {
					id: '1',
					dataRef: 'd1',
					disp: '<a name="cause"></a>',
					type: 'other',
					canCopy: 'no',
					canDelete: 'no',
					canReorder: 'yes',
				},
			},
			'Cause',
		]);
		expect(parsed.resources['every-kind']?.['cause.li2']?.source).toBe('Sign in again.');
	});

	test('our reader restores every unit’s English byte for byte from its codes’ original data', () => {
		const doc = readXliff(xml);
		const english = articleUnits(text, data).units;
		expect(doc.units.map((u) => u.id)).toEqual(english.map((u) => u.id));
		for (const [i, unit] of doc.units.entries()) {
			const codes = new Map(unit.codes.map((c) => [c.id, c]));
			const sources = unit.segments.map((s) => inlineToMarkdown(s.source, codes));
			expect(sources.map((s, j) => s + (unit.gaps[j] ?? '')).join('')).toBe(
				unitMarkdown(english[i]!),
			);
		}
		expect(doc.notes).toEqual({
			sourceHash: '8bcf93746a42ee30',
			'ms.lasthandoff': '12/01/2026',
			'ms.locfileid': 'bfeee3a6',
			sourceSections: '_intro:632b7fca cause:89f40612',
		});
	});

	test('leaves code blocks and code-only cells out, and reads link text and emphasis as paired codes', () => {
		expect(xml).not.toContain('The redirect URI does not match.');
		expect(xml).not.toContain('app.contoso.com/signin');
		expect(
			readXliff(xml)
				.units.find((u) => u.id === 'cause.p1')
				?.codes.filter((c) => c.kind === 'pc')
				.map((c) => `${c.data}…${c.end}`),
		).toEqual(['*…*', '[…](https://learn.microsoft.com/entra/reply-url)', '**…**', '<kbd>…</kbd>']);
	});
});

describe('pseudo-translation', () => {
	test('is reversible and changes every ASCII letter', () => {
		const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
		expect(new Set([...pseudoText(letters)]).size).toBe(52);
		expect([...pseudoText(letters)].filter((c) => letters.includes(c))).toEqual([]);
		expect(unpseudoText(`⟦${pseudoText('Sign in, then retry (step 2).')}⟧`)).toBe(
			'Sign in, then retry (step 2).',
		);
	});
});
