import { expect, test } from '@playwright/test';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('an article is readable and its menus open', async ({ page }) => {
		await page.goto('/ar-sa/troubleshoot/aadsts50011/');
		await expect(page.locator('article h1')).toBeVisible();
		await expect(page.locator('.toc a').first()).toBeVisible();
		await page.locator('.language-switcher summary').click();
		await expect(page.locator('.language-switcher a[hreflang="en-US"]')).toBeVisible();
	});

	test('/ links every language', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('.language-list a')).toHaveText([
			'English (United States)',
			'中文 (简体)',
			'日本語',
			'Deutsch',
			'Français',
			'العربية',
		]);
	});
});

test("/ picks the reader's language, then falls back to en-us", async ({ browser }) => {
	for (const [languages, expected] of [
		[['ja'], '/ja-jp/'],
		[['fr-CA', 'en'], '/fr-fr/'],
		[['pt-BR'], '/en-us/'],
	] as const) {
		const context = await browser.newContext({ locale: languages[0] });
		await context.addInitScript(
			(list) => Object.defineProperty(navigator, 'languages', { get: () => list }),
			[...languages],
		);
		const page = await context.newPage();
		await page.goto('/');
		await expect(page).toHaveURL(expected);
		await context.close();
	}
});

test('the theme toggle switches to dark and remembers it', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/en-us/');
	const toggle = page.locator('[data-theme-toggle]');
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.goto('/en-us/troubleshoot/aadsts50011/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('aria-pressed', 'true');
	const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(background).toBe('rgb(18, 22, 27)');
});

test('dark mode follows the system without a saved choice', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/de-de/');
	expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
		'rgb(18, 22, 27)',
	);
});

test('the print stylesheet keeps only the article', async ({ page }) => {
	await page.goto('/fr-fr/troubleshoot/aadsts50011/');
	await page.emulateMedia({ media: 'print' });
	for (const selector of ['.site-header', '.sidebar', '.toc', '.site-footer', '.breadcrumbs']) {
		await expect(page.locator(selector)).toBeHidden();
	}
	await expect(page.locator('article h1')).toBeVisible();
});
