import { describe, expect, test } from 'vitest';
import { localeIds, sourceLocale } from '../../../src/i18n/locales.ts';
import { useTranslations } from '../../../src/i18n/translate.ts';
import { findUiStringProblems } from '../../../src/i18n/ui-completeness.ts';
import { loadUiStrings } from '../../../src/i18n/ui-strings.ts';

const strings = loadUiStrings();
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const problems = findUiStringProblems(strings);

describe('UI strings', () => {
	test.each(localeIds)(
		'%s has every key (plural forms by its language), and no key en-us lacks',
		(locale) => {
			expect(problems.filter((p) => p.locale === locale)).toEqual([]);
		},
	);

	test.each(localeIds)('%s uses the same {{variables}} as en-us in every string', (locale) => {
		for (const [key, text] of Object.entries(strings[locale])) {
			const sourceKey = key.replace(pluralSuffix, '_other');
			const source = strings[sourceLocale][key] ?? strings[sourceLocale][sourceKey] ?? '';
			if (/_(zero|one|two)$/.test(key)) continue; // "one article", "مقالتان": the count may be spelled out
			expect({ key, variables: variables(text) }).toEqual({ key, variables: variables(source) });
		}
	});

	test("plurals follow each language's rules", () => {
		expect(useTranslations('en-us')('home.articleCount', { count: 1 })).toBe('1 article');
		expect(useTranslations('en-us')('home.articleCount', { count: 8 })).toBe('8 articles');
		expect(useTranslations('ar-sa')('home.articleCount', { count: 2 })).toBe('مقالتان');
		expect(useTranslations('ar-sa')('home.articleCount', { count: 4 })).toBe('4 مقالات');
		expect(useTranslations('zh-cn')('home.articleCount', { count: 1 })).toBe('1 篇文章');
	});

	test('interpolates and falls back to en-US for a key a locale lacks', () => {
		expect(useTranslations('fr-fr')('article.fallbackNotice', { language: 'français' })).toBe(
			'Cet article n’est pas encore disponible en français. Vous lisez la version anglaise.',
		);
		expect(
			useTranslations('ja-jp')('service.unknown-service', { defaultValue: 'unknown-service' }),
		).toBe('unknown-service');
	});
});
