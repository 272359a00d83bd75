import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { fallbackPages, localeIds } from './site.ts';

for (const locale of localeIds) {
	const fallback = fallbackPages.find((p) => p.locale === locale);
	const paths = [
		`/${locale}/`,
		`/${locale}/troubleshoot/aadsts50000/`,
		...(fallback ? [`/${locale}/troubleshoot/${fallback.slug}/`] : []),
		`/${locale}/reference/oauth-errors/`,
		`/${locale}/reference/oauth-errors/invalid_client/`,
		`/${locale}/search/?q=invalid_grant`,
		`/${locale}/errors/?code=nope`,
	];
	test(`${locale}: home, article, fallback and reference pages have no serious or critical axe violations`, async ({
		page,
	}) => {
		// Seven full axe runs in a row: 10–16 s alone, over 30 s when the whole suite shares two cores.
		test.setTimeout(120_000);
		for (const path of paths) {
			await page.goto(path);
			const { violations } = await new AxeBuilder({ page }).analyze();
			const serious = violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			expect(serious, path).toEqual([]);
		}
	});
}
