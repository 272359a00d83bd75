import { expect, test } from '@playwright/test';
import { localeIds, locales } from './site.ts';

test('the switcher leads to the same article in the chosen language', async ({ page }) => {
	await page.goto('/zh-cn/troubleshoot/aadsts50000/');
	const switcher = page.getByRole('navigation', { name: '语言', exact: true });
	await switcher.locator('summary').click();
	await switcher.getByRole('link', { name: '日本語' }).click();
	await expect(page).toHaveURL('/ja-jp/troubleshoot/aadsts50000/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja-JP');
});

test('the switcher links every locale, the current one marked, on home and article pages', async ({
	page,
}) => {
	for (const path of ['/ar-sa/', '/ar-sa/troubleshoot/aadsts50011/']) {
		await page.goto(path);
		const links = page.locator('.language-switcher a');
		await expect(links).toHaveCount(localeIds.length);
		for (const [index, id] of localeIds.entries()) {
			await expect(links.nth(index)).toHaveAttribute('href', path.replace('/ar-sa/', `/${id}/`));
			await expect(links.nth(index)).toHaveAttribute('hreflang', locales[id].lang);
		}
		await expect(page.locator('.language-switcher a[aria-current="page"]')).toHaveAttribute(
			'hreflang',
			'ar-SA',
		);
	}
});

test('every page declares its alternates, x-default and canonical URL', async ({ page }) => {
	await page.goto('/de-de/troubleshoot/aadsts50105/');
	const hreflangs = await page
		.locator('link[rel="alternate"][hreflang]')
		.evaluateAll((links) =>
			links.map(
				(l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href') ?? '').pathname}`,
			),
		);
	expect(hreflangs).toEqual([
		...localeIds.map((id) => `${locales[id].lang} /${id}/troubleshoot/aadsts50105/`),
		'x-default /en-us/troubleshoot/aadsts50105/',
	]);
	expect(
		new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').pathname,
	).toBe('/de-de/troubleshoot/aadsts50105/');
});
