import { describe, expect, test } from 'vitest';
import { localeIds } from '../../../src/i18n/locales.ts';
import { shareLocales } from '../../../src/search/pagefind-index.ts';

describe('shareLocales', () => {
	test('two indexers share the work: Japanese, the costliest, goes with the fewest others', () => {
		expect(shareLocales(localeIds, 2)).toEqual([
			['ja-jp', 'ar-sa'],
			['zh-cn', 'en-us', 'de-de', 'fr-fr'],
		]);
		expect(shareLocales(['en-us', 'ja-jp', 'de-de'], 2)).toEqual([['ja-jp'], ['en-us', 'de-de']]);
	});

	test('one indexer does every locale; more indexers than locales leave none empty', () => {
		expect(shareLocales(localeIds, 1)).toEqual([['ja-jp', 'zh-cn', 'en-us', 'de-de', 'fr-fr', 'ar-sa']]);
		expect(shareLocales(['en-us', 'de-de'], 8)).toEqual([['en-us'], ['de-de']]);
	});
});
