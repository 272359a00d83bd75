import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fingerprint } from '../../../scripts/bench/measure.mjs';
import { localeIds, type Locale } from '../../../src/i18n/locales.ts';
import { shareLocales, startSearchIndexes } from '../../../src/search/pagefind-index.ts';

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

/** A small built site: two pages in each of two locales (one of them not marked for indexing). */
function site(): { dist: string; pages: { locale: Locale; file: string }[] } {
	const dist = mkdtempSync(join(tmpdir(), 'pagefind-index-'));
	const pages = [
		['en-us', 'en-us/troubleshoot/a/index.html', 'Sign-in fails with a certificate error'],
		['en-us', 'en-us/search/index.html', ''],
		['ja-jp', 'ja-jp/troubleshoot/a/index.html', '証明書のエラーでサインインできない'],
		['ja-jp', 'ja-jp/troubleshoot/b/index.html', 'トークンの有効期限が切れています'],
	] as const;
	for (const [locale, file, text] of pages) {
		mkdirSync(dirname(join(dist, file)), { recursive: true });
		const body = text
			? `<main data-pagefind-body><h1>${text}</h1><p>${text}</p></main>`
			: '<main></main>';
		writeFileSync(
			join(dist, file),
			`<!doctype html><html lang="${locale}"><body>${body}</body></html>`,
		);
	}
	return { dist, pages: pages.map(([locale, file]) => ({ locale, file })) };
}

describe('startSearchIndexes: a Pagefind per core in worker threads, or one in this thread', () => {
	test.skipIf(availableParallelism() < 2)(
		'both write the same bundles, from pages given or read from their files, counting the pages marked for indexing',
		async () => {
			// Threads given each page's HTML (as while rendering); one Pagefind reading the files.
			const written = await Promise.all(
				[Infinity, 1].map(async (size) => {
					const { dist, pages } = site();
					const indexer = await startSearchIndexes(dist, ['en-us', 'ja-jp'], size);
					for (const page of pages)
						indexer.add(
							size === 1 ? page : { ...page, html: readFileSync(join(dist, page.file), 'utf8') },
						);
					const counts = [await indexer.write('en-us'), await indexer.write('ja-jp')];
					await indexer.close();
					return { counts, files: fingerprint(join(dist, 'pagefind')) };
				}),
			);
			expect(written[0]?.counts).toEqual([1, 2]);
			expect(written[0]?.files.size).toBeGreaterThan(10);
			expect(written[1]).toEqual(written[0]);
		},
	);
});
