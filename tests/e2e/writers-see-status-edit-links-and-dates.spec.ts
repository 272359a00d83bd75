import { expect, test } from '@playwright/test';

test('every article page carries its translation state', async ({ page }) => {
	for (const [path, state] of [
		['/en-us/troubleshoot/aadsts50011/', 'source'],
		['/ja-jp/troubleshoot/aadsts50011/', 'current'],
		['/ja-jp/troubleshoot/aadsts65001/', 'fallback'],
		['/zh-cn/troubleshoot/aadsts50000/', 'outdated'],
	] as const) {
		await page.goto(path);
		await expect(page.locator('article'), path).toHaveAttribute('data-translation-status', state);
	}
	await expect(page.locator('[data-outdated-notice] a')).toHaveAttribute(
		'href',
		'/en-us/troubleshoot/aadsts50000/',
	);
});

test('the dashboard lists every article in every locale, with totals', async ({ page }) => {
	await page.goto('/de-de/translation-status/');
	await expect(page.locator('h1')).toHaveText('Übersetzungsstatus');
	await expect(page.locator('tbody tr')).toHaveCount(12);
	await expect(page.locator('tbody td[data-locale="zh-cn"][data-state="outdated"]')).toHaveCount(1);
	const totals = page.locator('tfoot tr[data-total="current"] td');
	await expect(totals).toHaveText(['', '11', '6', '6', '6', '3']);
	await expect(page.locator('tfoot tr[data-total="fallback"] td')).toHaveText([
		'',
		'0',
		'6',
		'6',
		'6',
		'9',
	]);
});

test('articles link to their file for editing and say when they were last updated', async ({
	page,
}) => {
	await page.goto('/fr-fr/troubleshoot/aadsts50011/');
	await expect(page.getByRole('link', { name: 'Modifier cette page' })).toHaveAttribute(
		'href',
		/\/edit\/main\/content\/articles\/fr-fr\/aadsts50011\.mdx$/,
	);
	await expect(page.locator('.article-footer time')).toHaveAttribute(
		'datetime',
		/^\d{4}-\d{2}-\d{2}$/,
	);
	await expect(page.locator('.article-footer time')).toContainText('Dernière mise à jour :');
});
