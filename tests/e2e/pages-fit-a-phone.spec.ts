import { expect, test } from '@playwright/test';
import { fallbackPages } from './site.ts';

test.use({ viewport: { width: 360, height: 740 } });

const paths = [
	'/',
	...['en-us', 'zh-cn', 'ja-jp', 'de-de', 'fr-fr', 'ar-sa'].flatMap((l) => [
		`/${l}/`,
		`/${l}/troubleshoot/aadsts50011/`,
	]),
	'/zh-cn/troubleshoot/aadsts50000/',
	'/ar-sa/reference/oauth-errors/',
	'/ar-sa/search/?q=invalid_grant',
	'/ja-jp/search/?q=テナント&scope=all',
	'/ja-jp/reference/oauth-errors/invalid_dpop_proof/',
	'/en-us/troubleshoot/aadsts7000218/',
	...fallbackPages.map((p) => `/${p.locale}/troubleshoot/${p.slug}/`),
];

test('no page scrolls sideways at 360 px', async ({ page }) => {
	for (const path of paths) {
		await page.goto(`${path}?choose`);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
});
