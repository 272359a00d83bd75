import { expect, test } from '@playwright/test';
import { sourceSlugs } from './site.ts';

test('a locale home lists every article grouped by product, with its codes', async ({ page }) => {
	await page.goto('/ja-jp/');
	await expect(page.locator('h1')).toHaveText('トラブルシューティング記事');
	await expect(page.locator('.service-group h2')).toHaveCount(2);
	await expect(page.locator('.article-card')).toHaveCount(sourceSlugs.length);
	await expect(
		page.locator('#service-o365-administration .article-card').first().locator('.badge'),
	).toHaveText('AADSTS50000');
	await expect(page.locator('.article-card[data-fallback] a').first()).toHaveAttribute(
		'lang',
		'en-US',
	);
});

test('the sitemap leaves out NOINDEX articles and fallbacks', async ({ request }) => {
	const sitemap = await (await request.get('/sitemap.xml')).text();
	const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
		(m) => new URL(m[1] ?? '').pathname,
	);
	expect(locs).toContain('/en-us/troubleshoot/aadsts50011/');
	expect(locs).toContain('/zh-cn/troubleshoot/aadsts50011/');
	expect(locs.filter((l) => l.includes('/aadsts50000/'))).toEqual([]);
	expect(locs).not.toContain('/ar-sa/troubleshoot/aadsts65001/');
	expect(locs.every((l) => l.endsWith('/'))).toBe(true);
});

test('an unknown URL gets the 404 of its locale', async ({ page }) => {
	const response = await page.goto('/zh-cn/troubleshoot/no-such-article/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('找不到页面');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	const other = await page.goto('/nowhere/');
	expect(other?.status()).toBe(404);
	await expect(page.locator('h2')).toHaveCount(6);
});

test('URLs without a trailing slash redirect to the slashed URL', async ({ page }) => {
	await page.goto('/fr-fr/troubleshoot/aadsts50011');
	await expect(page).toHaveURL('/fr-fr/troubleshoot/aadsts50011/');
});
