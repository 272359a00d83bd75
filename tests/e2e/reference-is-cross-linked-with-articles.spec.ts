import { expect, test } from '@playwright/test';

test('from the seed page, invalid_grant opens its zh-cn entry, which links back to the seed', async ({
	page,
}) => {
	await page.goto('/zh-cn/troubleshoot/aadsts50000/');
	// The code of the quoted definition is the link, not the whole quotation.
	const link = page
		.locator('article a[data-code-link="oauth"]:has(+ code)')
		.filter({ hasText: /^invalid_grant$/ });
	await expect(link).toHaveAttribute('href', '../../reference/oauth-errors/invalid_grant/');
	await link.click();
	await expect(page).toHaveURL('/zh-cn/reference/oauth-errors/invalid_grant/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.locator('h1')).toHaveText('invalid_grant');
	const back = page.locator('[data-backlinks] a', { hasText: 'AADSTS50000 错误代码疑难解答' });
	await expect(back).toHaveAttribute('href', '/zh-cn/troubleshoot/aadsts50000/');
	await back.click();
	await expect(page).toHaveURL('/zh-cn/troubleshoot/aadsts50000/');
});

test('an entry quotes each defining section, marked as a quotation, with a link to the RFC Editor', async ({
	page,
}) => {
	await page.goto('/ja-jp/reference/oauth-errors/invalid_request/');
	const quotes = page.locator('figure.definition');
	expect(await quotes.count()).toBeGreaterThanOrEqual(2);
	await expect(quotes.locator('blockquote').first()).toHaveAttribute('lang', 'en-US');
	const sections = await quotes
		.locator('cite a')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	expect(sections).toContain('https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1');
	expect(sections).toContain('https://www.rfc-editor.org/rfc/rfc6749#section-5.2');
	await expect(page.locator('pre code')).toContainText('invalid_request');
});

test('headings, links and code blocks in articles are never linked', async ({ page }) => {
	await page.goto('/en-us/troubleshoot/aadsts50126/');
	await expect(page.locator('article h1 a, article h2 a, article h3 a')).toHaveCount(0);
	await expect(page.locator('article pre a')).toHaveCount(0);
	await expect(page.locator('article a a')).toHaveCount(0);
});

test('the index lists every code; the filters narrow it with JavaScript, and all rows show without', async ({
	page,
	browser,
}) => {
	const registry = await (await page.request.get('/reference/oauth-errors.json')).json();
	await page.goto('/de-de/reference/oauth-errors/');
	const rows = page.locator('.reference-table tbody tr');
	await expect(rows).toHaveCount(registry.count);
	await page.locator('select[name="returnedBy"]').selectOption('resource-server');
	const visible = page.locator('.reference-table tbody tr:not([hidden])');
	const resourceServerCodes = registry.codes
		.filter((c: { returnedBy: string[] }) => c.returnedBy.includes('resource-server'))
		.map((c: { code: string }) => c.code);
	await expect(visible).toHaveCount(resourceServerCodes.length);
	await expect(visible.locator('th code')).toHaveText(resourceServerCodes);
	await page.locator('select[name="document"]').selectOption('rfc6750');
	await expect(page.locator('[data-filter-count]')).toContainText('Codes angezeigt');

	const noScript = await browser.newContext({ javaScriptEnabled: false });
	const plain = await noScript.newPage();
	await plain.goto('/de-de/reference/oauth-errors/');
	await expect(plain.locator('.reference-table tbody tr:not([hidden])')).toHaveCount(
		registry.count,
	);
	await expect(plain.locator('[data-reference-filter]')).toBeHidden();
	await noScript.close();
});

test('the JSON export gives sources, where returned and article URLs per locale', async ({
	request,
}) => {
	const registry = await (await request.get('/reference/oauth-errors.json')).json();
	const grant = registry.codes.find((c: { code: string }) => c.code === 'invalid_grant');
	expect(grant.sources[0]).toMatchObject({
		document: 'RFC 6749',
		section: '5.2',
		url: 'https://www.rfc-editor.org/rfc/rfc6749#section-5.2',
		returnedBy: 'token-endpoint',
	});
	expect(grant.returnedBy).toContain('token-endpoint');
	expect(new URL(grant.pages['ar-sa']).pathname).toBe(
		'/ar-sa/reference/oauth-errors/invalid_grant/',
	);
	expect(grant.articles['zh-cn'].map((u: string) => new URL(u).pathname)).toContain(
		'/zh-cn/troubleshoot/aadsts50000/',
	);
});
