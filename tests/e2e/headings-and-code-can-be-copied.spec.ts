import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

// The test build's origin and repository (tests/site.env).
const origin = 'https://troubleshoot.example';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Presses Tab until the element is focused (at most 300 times): it is reachable by keyboard. */
async function tabTo(page: Page, selector: string) {
	for (let i = 0; i < 300; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
	}
	throw new Error(`Tab never reached ${selector}`);
}

test('a section heading shows its link on hover and on keyboard focus, and copies its canonical URL', async ({
	page,
}) => {
	await page.goto('/en-us/troubleshoot/aadsts50011/');
	const link = page.getByRole('link', { name: 'Link to the section: Cause', exact: true });
	await expect(link).toHaveAttribute('href', '#cause');
	await expect(link).toHaveCSS('opacity', '0');
	await page.locator('h2#cause').hover();
	await expect(link).toHaveCSS('opacity', '1');
	await page.mouse.move(0, 0);
	await expect(link).toHaveCSS('opacity', '0');

	await tabTo(page, 'a.heading-link[href="#cause"]');
	await expect(link).toHaveCSS('opacity', '1');
	await page.keyboard.press('Tab');
	const copy = page.getByRole('button', {
		name: 'Copy the link to the section: Cause',
		exact: true,
	});
	await expect(copy).toBeFocused();
	await page.keyboard.press('Enter');
	await expect.poll(() => clipboard(page)).toBe(`${origin}/en-us/troubleshoot/aadsts50011/#cause`);
	await expect(page.locator('[data-page-tools-status]')).toHaveText('Link copied');
});

test('heading links are named in the reader’s language, right to left in Arabic', async ({
	page,
}) => {
	await page.goto('/ar-sa/troubleshoot/aadsts50011/');
	const heading = page.locator('.article h2').first();
	const id = await heading.getAttribute('id');
	const text = (await heading.textContent())?.trim();
	await expect(
		page.getByRole('link', { name: `رابط إلى القسم: ${text}`, exact: true }),
	).toHaveAttribute('href', `#${id}`);
	await heading.hover();
	await page.getByRole('button', { name: `نسخ رابط القسم: ${text}`, exact: true }).click();
	await expect
		.poll(() => clipboard(page))
		.toBe(`${origin}/ar-sa/troubleshoot/aadsts50011/#${encodeURIComponent(id ?? '')}`);
	await expect(page.locator('[data-page-tools-status]')).toHaveText('تم نسخ الرابط');
});

test('a reference entry’s sections have links too', async ({ page }) => {
	await page.goto('/ja-jp/reference/oauth-errors/invalid_grant/');
	await expect(
		page.getByRole('link', { name: 'セクションへのリンク: 定義', exact: true }),
	).toHaveAttribute('href', '#definitions');
});

test('a code block’s copy button copies the code exactly, by keyboard, and says so', async ({
	page,
}) => {
	const source = readFileSync('content/articles/en-us/aadsts500011.mdx', 'utf8');
	const json = /```json\n([\s\S]*?)\n```/.exec(source)?.[1];
	await page.goto('/en-us/troubleshoot/aadsts500011/');
	const button = page.locator('.code-block:has(pre[data-language="json"]) .code-copy');
	await expect(button).toHaveAccessibleName('Copy code');
	await button.focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => clipboard(page)).toBe(json);
	await expect(page.locator('[data-page-tools-status]')).toHaveText('Code copied');
	await expect(button).toHaveText('Code copied');
});

test('a reference entry’s example response can be copied, labelled in the reader’s language', async ({
	page,
}) => {
	await page.goto('/zh-cn/reference/oauth-errors/invalid_grant/');
	const expected = await page
		.locator('.heading-wrapper:has(#example) + .code-block pre code')
		.first()
		.textContent();
	await page.getByRole('button', { name: '复制代码' }).click();
	await expect.poll(() => clipboard(page)).toBe(expected);
	expect(expected).toContain('"error": "invalid_grant"');
});

test('"Report a problem" opens a prefilled issue on the repository, in the reader’s language', async ({
	page,
}) => {
	await page.goto('/fr-fr/troubleshoot/aadsts50011/');
	const href = await page
		.getByRole('link', { name: 'Signaler un problème sur cette page', exact: true })
		.getAttribute('href');
	const url = new URL(href ?? '');
	expect(`${url.origin}${url.pathname}`).toBe(
		'https://github.com/example/troubleshoot-docs/issues/new',
	);
	const title = await page.locator('h1').first().textContent();
	expect(url.searchParams.get('title')).toBe(`[fr-fr] ${title?.trim()}`);
	expect(url.searchParams.get('body')).toMatch(
		new RegExp(
			`^Quel est le problème sur cette page \\?\\n\\n\\n---\\nPage: ${origin}/fr-fr/troubleshoot/aadsts50011/\\nLocale: fr-fr\\nArticle version: content/articles/fr-fr/aadsts50011\\.mdx · [0-9a-f]{12} · \\d\\d/\\d\\d/\\d{4} · current$`,
		),
	);
});
