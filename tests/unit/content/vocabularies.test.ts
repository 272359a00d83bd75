import { describe, expect, test } from 'vitest';
import { didYouMean, productName, products, vocabularies, vocabularyProblems } from '../../../src/content/vocabularies.ts';
import { localeIds } from '../../../src/i18n/locales.ts';

const source = (lines: string) => `---\ntitle: T\n${lines}\n---\nText.\n`;

describe('known vocabularies', () => {
	test('a mistyped ms.service is an error at its line, with the nearest product offered', () => {
		const text = source('ms.service: entra-idd');
		expect(vocabularyProblems('content/articles/en-us/a.mdx', text, { 'ms.service': 'entra-idd' })).toEqual([
			{
				file: 'content/articles/en-us/a.mdx',
				line: 3,
				column: 1,
				severity: 'error',
				message: 'field "ms.service": unknown value "entra-idd"; did you mean "entra-id"? expected one of "entra-id", "identity-platform", "active-directory", "o365-administration" (to add one, add it in src/content/vocabularies.ts)',
				rule: 'vocabulary',
			},
		]);
	});

	test('a mistyped ms.topic gets "did you mean"; a value far from every known one gets none', () => {
		expect(didYouMean('troubleshoting', vocabularies['ms.topic']!)).toBe('troubleshooting');
		expect(didYouMean('Amdin', vocabularies.audience!)).toBe('Admin');
		expect(didYouMean('marketing-page', vocabularies['ms.topic']!)).toBeUndefined();
		const [problem] = vocabularyProblems('a.mdx', source('ms.topic: marketing-page'), { 'ms.topic': 'marketing-page' });
		expect(problem?.message.startsWith('field "ms.topic": unknown value "marketing-page"; expected one of "troubleshooting-problem-resolution", ')).toBe(true);
	});

	test('known values and lists of known values pass', () => {
		expect(vocabularyProblems('a.mdx', source(''), { 'ms.service': 'entra-id', 'ms.topic': 'article', audience: ['Admin'], ROBOTS: 'NOINDEX, NOFOLLOW' })).toEqual([]);
		expect(vocabularyProblems('a.mdx', source(''), { audience: ['Admin', 'Admn'] }).map((d) => d.message)).toEqual([expect.stringMatching(/^field "audience": unknown value "Admn"; did you mean "Admin"\? expected one of /)]);
	});

	test('every product has a name in every locale, and pages show it', () => {
		for (const names of Object.values(products)) expect(Object.keys(names).sort()).toEqual([...localeIds].sort());
		expect(productName('de-de', 'o365-administration')).toBe('Microsoft 365-Verwaltung');
		expect(productName('ja-jp', 'unknown-product')).toBe('unknown-product');
	});
});
