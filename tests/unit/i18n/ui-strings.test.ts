import { describe, expect, test } from 'vitest';
import { localeIds, locales, sourceLocale } from '../../../src/i18n/locales.ts';
import { useTranslations } from '../../../src/i18n/translate.ts';
import { loadUiStrings } from '../../../src/i18n/ui-strings.ts';

const strings = loadUiStrings();
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** The keys a locale must have: plain keys as in en-us, plural keys in every category of its language. */
function expectedKeys(locale: (typeof localeIds)[number]): string[] {
	const categories = new Intl.PluralRules(locales[locale].lang).resolvedOptions().pluralCategories;
	const source = Object.keys(strings[sourceLocale]);
	const plain = source.filter((k) => !pluralSuffix.test(k));
	const plural = [...new Set(source.filter((k) => pluralSuffix.test(k)).map((k) => k.replace(pluralSuffix, '')))];
	return [...plain, ...plural.flatMap((base) => categories.map((c) => `${base}_${c}`))].sort();
}

describe('UI strings', () => {
	test.each(localeIds)('%s has every key, and no key en-us lacks', (locale) => {
		const keys = Object.keys(strings[locale]).sort();
		expect(keys).toEqual(expectedKeys(locale));
	});

	test.each(localeIds)('%s uses the same {{variables}} as en-us in every string', (locale) => {
		for (const [key, text] of Object.entries(strings[locale])) {
			const sourceKey = key.replace(pluralSuffix, '_other');
			const source = strings[sourceLocale][key] ?? strings[sourceLocale][sourceKey] ?? '';
			if (/_(zero|one|two)$/.test(key)) continue; // "one article", "مقالتان": the count may be spelled out
			expect({ key, variables: variables(text) }).toEqual({ key, variables: variables(source) });
		}
	});

	test('plurals follow each language\'s rules', () => {
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
		expect(useTranslations('ja-jp')('service.unknown-service', { defaultValue: 'unknown-service' })).toBe('unknown-service');
	});
});
