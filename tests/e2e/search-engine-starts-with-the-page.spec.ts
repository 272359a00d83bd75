import { expect, test, type Page } from '@playwright/test';
import { searchFor } from './search-page.ts';

/**
 * The files of a locale's search engine a page requested, in order, by kind (pagefind-entry,
 * index, fragment).
 */
function engineRequests(page: Page, locale: string): string[] {
	const seen: string[] = [];
	page.on('request', (request) => {
		const kind = new RegExp(
			`/pagefind/${locale}/(?:(pagefind-entry)\\.json|(index|fragment)/)`,
		).exec(request.url());
		if (kind) seen.push(kind[1] ?? kind[2]!);
	});
	return seen;
}

test('the search page starts its engine from the head and readies its ranking before anyone types', async ({
	page,
}) => {
	const requests = engineRequests(page, 'en-us');
	await page.goto('/en-us/search/');
	// Nothing typed: the head's ranked warm-up search loads an index chunk and one excerpt.
	await expect.poll(() => requests.includes('fragment')).toBe(true);
	expect(requests[0]).toBe('pagefind-entry');
	// The page's own script takes that engine instead of starting a second one.
	await page.locator('#search-query').fill('redirect URI');
	await expect(page.locator('ol[data-search-results] > li').first()).toBeVisible();
	expect(requests.filter((r) => r === 'pagefind-entry')).toHaveLength(1);
});

test('a query in the URL is answered by the engine the head started', async ({ page }) => {
	const requests = engineRequests(page, 'de-de');
	const rows = await searchFor(page, 'de-de', 'Zertifikat');
	await expect(rows.first()).toBeVisible();
	expect(requests.filter((r) => r === 'pagefind-entry')).toHaveLength(1);
	// The page's script took the started engine from where the head left it.
	const left = await page.evaluate(() =>
		Object.keys((window as unknown as { searchEngines?: object }).searchEngines ?? { none: 1 }),
	);
	expect(left).toEqual([]);
});

test("the engine's start-up files are preloaded by the page and each is fetched once", async ({
	page,
}) => {
	const fetched: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('/pagefind/ja-jp/'))
			fetched.push(new URL(request.url()).pathname + new URL(request.url()).search);
	});
	await page.goto('/ja-jp/search/');
	const preloads = await page
		.locator('link[rel="preload"][as="fetch"][href^="/pagefind/"]')
		.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
	expect(preloads.map((href) => href!.replace(/[0-9a-f]{6,}/g, '…'))).toEqual([
		'/pagefind/ja-jp/pagefind-entry.json?ts=…',
		'/pagefind/ja-jp/pagefind.ja_….pf_meta',
		'/pagefind/ja-jp/wasm.unknown.pagefind',
		'/pagefind/ja-jp/filter/ja_….pf_filter',
		'/pagefind/ja-jp/filter/ja_….pf_filter',
	]);
	// Nothing typed: the head's warm-up search loads an excerpt once the engine has started.
	await expect.poll(() => fetched.some((url) => url.includes('/fragment/'))).toBe(true);
	// Pagefind asked for the very files the page preloaded (the entry with the page's tag), once each.
	for (const href of preloads) expect(fetched.filter((url) => url === href)).toHaveLength(1);
	expect(fetched.filter((url) => url.includes('pagefind-entry.json'))).toEqual([preloads[0]]);
});
