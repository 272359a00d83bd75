import { describe, expect, test } from 'vitest';
import { localeIds } from '../../../src/i18n/locales.ts';
import { shareLocales } from '../../../src/search/pagefind-index.ts';

describe('shareLocales: the locales each indexer builds', () => {
	test.each([1, 2, 3, 6, 8])(
		'%i indexers: every locale indexed exactly once, no indexer idle or empty',
		(indexers) => {
			const shares = shareLocales(localeIds, indexers);
			expect(shares).toHaveLength(Math.min(indexers, localeIds.length));
			expect(shares.every((share) => share.length > 0)).toBe(true);
			expect(shares.flat().sort()).toEqual([...localeIds].sort());
		},
	);

	test('a site with fewer locales than indexers gets one indexer per locale', () => {
		expect(shareLocales(['en-us', 'de-de'], 8).map((share) => share.length)).toEqual([1, 1]);
	});
});
