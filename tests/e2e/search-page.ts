import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Opens the search page of a locale with a query, waits until the search has finished (its
 * status is set and no longer says it is running), and returns the result rows. `origin` serves
 * another site than the suite's; `extra` adds to the query string (`&filter=…`).
 * @example const rows = await searchFor(page, 'zh-cn', '令牌'); await expect(rows.first()).toContainText('…');
 */
export async function searchFor(
	page: Page,
	locale: string,
	query: string,
	{ origin = '', extra = '' } = {},
): Promise<Locator> {
	await page.goto(`${origin}/${locale}/search/?q=${encodeURIComponent(query)}${extra}`);
	await expect(page.locator('[data-search-status]')).not.toBeEmpty();
	await expect(page.locator('[data-search-status]')).not.toHaveText(/…$/);
	return page.locator('ol[data-search-results] > li');
}
