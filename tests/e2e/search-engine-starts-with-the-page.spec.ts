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
