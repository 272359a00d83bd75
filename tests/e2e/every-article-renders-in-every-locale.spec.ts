import { expect, test } from '@playwright/test';
import { articlePages, localeIds } from './site.ts';

for (const locale of localeIds) {
	test(`every ${locale} article renders with lang, dir and its content language`, async ({
		page,
	}) => {
		for (const article of articlePages.filter((p) => p.locale === locale)) {
			const response = await page.goto(`/${locale}/troubleshoot/${article.slug}/`);
			expect(response?.status(), article.slug).toBe(200);
			await expect(page.locator('html')).toHaveAttribute('lang', article.lang);
			await expect(page.locator('html')).toHaveAttribute('dir', article.dir);
			await expect(page.locator('article h1')).toHaveCount(1);
			const content = page.locator('article');
			if (article.isFallback) {
				await expect(content, `${article.slug} is English text`).toHaveAttribute('lang', 'en-US');
				await expect(page.locator('[data-fallback-notice]')).toBeVisible();
			} else {
				await expect(content).not.toHaveAttribute('lang');
				await expect(page.locator('[data-fallback-notice]')).toHaveCount(0);
			}
		}
	});
}
