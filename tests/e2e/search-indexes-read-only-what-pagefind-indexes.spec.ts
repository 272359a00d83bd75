import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import * as pagefind from 'pagefind';
import { fingerprint } from '../../scripts/bench/measure.mjs';
import { indexedPageMark, indexedPart } from '../../src/search/indexed-part.ts';

/** The built pages of a locale that Pagefind indexes, with their HTML. */
function indexedPages(locale: string): { file: string; html: string }[] {
	return readdirSync(join('dist', locale), { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => ({
			file: join(locale, file),
			html: readFileSync(join('dist', locale, file), 'utf8'),
		}))
		.filter((page) => page.html.includes(indexedPageMark));
}

/** The files of the bundle Pagefind writes for `pages`, each sent as `send` makes it. */
async function bundleOf(
	language: string,
	pages: { file: string; html: string }[],
	send: (html: string) => string,
) {
	const { index } = await pagefind.createIndex({ forceLanguage: language });
	if (!index) throw new Error('Pagefind did not start');
	for (const page of pages)
		await index.addHTMLFile({ sourcePath: page.file, content: send(page.html) });
	const outputPath = mkdtempSync(join(tmpdir(), 'indexed-part-'));
	await index.writeFiles({ outputPath });
	const files = fingerprint(outputPath);
	rmSync(outputPath, { recursive: true, force: true });
	return files;
}

test.afterAll(() => pagefind.close());

test('every indexed page is sent to Pagefind as its indexed part, and the bundle is the one of the whole pages', async () => {
	test.setTimeout(120_000);
	for (const [locale, language] of [
		['ja-jp', 'ja'],
		['ar-sa', 'ar'],
	] as const) {
		const pages = indexedPages(locale);
		expect(pages.length).toBeGreaterThan(20);
		// Articles and reference entries alike open their marked element as indexedPart expects.
		expect(pages.filter((page) => indexedPart(page.html) === page.html).map((p) => p.file)).toEqual(
			[],
		);
		// Cut at the article itself: nothing of the menus or the main column's start comes along.
		const before = (page: { html: string }) => indexedPart(page.html).split('<article')[0] ?? '';
		expect(
			pages.filter((page) => /<main|<nav|<aside/.test(before(page))).map((p) => p.file),
		).toEqual([]);
		const whole = await bundleOf(language, pages, (html) => html);
		expect(whole.size).toBeGreaterThan(20);
		expect(await bundleOf(language, pages, indexedPart)).toEqual(whole);
	}
});
