import { describe, expect, test } from 'vitest';
import { formatCount, pluralForms } from '../../../src/i18n/plural-forms.ts';
import { localeIds, locales } from '../../../src/i18n/locales.ts';
import { useTranslations } from '../../../src/i18n/translate.ts';
import { loadUiStrings } from '../../../src/i18n/ui-strings.ts';

describe('counted strings in the browser read as i18next writes them', () => {
	const strings = loadUiStrings();
	for (const locale of localeIds) {
		test(`${locale}: every count from 0 to 120 of every counted string`, () => {
			const t = useTranslations(locale);
			const { lang } = locales[locale];
			const keys = [
				...new Set(
					Object.keys(strings['en-us'])
						.filter((k) => k.endsWith('_other'))
						.map((k) => k.replace(/_other$/, '')),
				),
			];
			expect(keys.length).toBeGreaterThan(0);
			for (const key of keys) {
				const forms = pluralForms(strings[locale], key, lang);
				for (let count = 0; count <= 120; count++)
					expect(formatCount(forms, lang, count), `${key} ${count}`).toBe(t(key, { count }));
			}
		});
	}

	test('Arabic: 0, 2, 3–10 and 100 take their own forms (a count of 999999 would be "many")', () => {
		const forms = pluralForms(strings['ar-sa'], 'reference.filterCount', 'ar-SA');
		expect([0, 1, 2, 3, 11, 100].map((n) => formatCount(forms, 'ar-SA', n))).toEqual([
			'لا توجد رموز معروضة',
			'رمز واحد معروض',
			'رمزان معروضان',
			'3 رموز معروضة',
			'11 رمزًا معروضًا',
			'100 رمز معروض',
		]);
	});
});
