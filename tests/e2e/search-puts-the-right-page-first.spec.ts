import { expect, test } from '@playwright/test';
import { searchFor } from './search-page.ts';
import searchQueries from '../search-queries.json' with { type: 'json' };

/** The fixed query set (shared with `npm run bench:search`): per locale, a query and the page that must come first. */
const queries = searchQueries as { locale: string; query: string; first: string }[];

for (const { locale, query, first } of queries) {
	test(`${locale}: "${query.slice(0, 40)}" puts ${first} first`, async ({ page }) => {
		const results = await searchFor(page, locale, query);
		await expect(results.first().locator('a')).toHaveAttribute('href', first);
		await expect(results.first().locator('a')).toHaveCount(1);
	});
}

test("an exact code match shows the article title in the reader's language", async ({ page }) => {
	const results = await searchFor(page, 'zh-cn', 'AADSTS50011');
	await expect(results.first().locator('a')).toHaveText(
		'错误 AADSTS50011 – 重定向 URI 与应用已注册的 URI 不匹配',
	);
	await expect(results.first().locator('.badge-exact')).toHaveText('代码完全匹配');
});

test('without the list of codes search still answers; without the index it says search is unavailable', async ({
	page,
}) => {
	await page.route('**/search/codes.json', (route) => route.abort());
	const results = await searchFor(page, 'en-us', 'redirect URI');
	await expect(results.first().locator('a')).toHaveAttribute('href', /\/en-us\//);
	await page.route('**/pagefind/**', (route) => route.abort());
	await page.goto('/de-de/search/?q=Kennwort');
	await expect(page.locator('[data-search-status]')).toHaveText(
		/^Die Suche ist gerade nicht verfügbar\./,
	);
});

test('an exact code match shows without the full-text index, which may come later or never', async ({
	page,
}) => {
	// The index is held back: the match comes from the list of codes alone, while search still runs.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/pagefind/**', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/ja-jp/search/?q=AADSTS50020');
	await expect(page.locator('ol[data-search-results] > li').first().locator('a')).toHaveAttribute(
		'href',
		'/ja-jp/troubleshoot/aadsts50020/',
	);
	await expect(page.locator('[data-search-status]')).toHaveText(/…$/);
	release();
	await expect(page.locator('[data-search-status]')).not.toHaveText(/…$/);
	await expect(page.locator('ol[data-search-results] > li').first().locator('a')).not.toHaveText(
		'AADSTS50020',
	);
});

test('numbers that are not codes are not taken for one', async ({ page }) => {
	for (const query of ['500', '2021']) {
		const results = await searchFor(page, 'en-us', query);
		await expect(results.filter({ has: page.locator('.badge-exact') })).toHaveCount(0);
	}
});

test('the query is only ever rendered as text, and no results offers the error lookup', async ({
	page,
}) => {
	await searchFor(page, 'en-us', '<img src=x onerror="document.title=1"> token');
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	const query = '<qqzzx>"&';
	await searchFor(page, 'en-us', query);
	await expect(page.locator('qqzzx')).toHaveCount(0);
	await expect(page.locator('[data-empty-message]')).toHaveText(`No results for “${query}”.`);
	await expect(page.locator('[data-empty-lookup]')).toHaveAttribute(
		'href',
		`/en-us/errors/?code=${encodeURIComponent(query)}`,
	);
});

test('searching every language returns results from several languages, badged', async ({
	page,
}) => {
	const results = await searchFor(page, 'de-de', 'AADSTS50011', { extra: '&scope=all' });
	await expect(results.first().locator('a')).toHaveAttribute(
		'href',
		'/de-de/troubleshoot/aadsts50011/',
	);
	const hrefs = await results
		.locator('a')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	expect(new Set(hrefs.map((h) => h?.split('/')[1])).size).toBeGreaterThan(3);
	await expect(page.locator('input[name="scope"][value="all"]')).toBeChecked();
});

test('filters narrow results to one kind', async ({ page }) => {
	const results = await searchFor(page, 'en-us', 'token');
	await page.getByRole('checkbox', { name: 'Reference' }).check();
	const kinds = () =>
		results
			.locator('a')
			.evaluateAll((links) =>
				links.map((a) => a.getAttribute('href')?.includes('/reference/oauth-errors/')),
			);
	await expect.poll(kinds).not.toContain(false);
	expect((await kinds()).length).toBeGreaterThan(3);
});

test('the keyboard reaches the search box (/ and Ctrl+K) and the results (arrows)', async ({
	page,
}) => {
	await page.goto('/fr-fr/troubleshoot/aadsts50011/');
	await page.keyboard.press('/');
	await expect(page.locator('#header-search')).toBeFocused();
	await page.locator('#header-search').fill('invalid_grant');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL('/fr-fr/search/?q=invalid_grant');
	await expect(page.locator('ol[data-search-results] > li').first()).toBeVisible();
	await page.keyboard.press('Control+k');
	await expect(page.locator('#search-query')).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('ol[data-search-results] a').first()).toBeFocused();
});

test('search works right to left', async ({ page }) => {
	const results = await searchFor(page, 'ar-sa', 'invalid_grant');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(results.first().locator('a')).toHaveAttribute(
		'href',
		'/ar-sa/reference/oauth-errors/invalid_grant/',
	);
	const box = await page.locator('#search-query').boundingBox();
	const button = await page.locator('.search-row button').boundingBox();
	expect((button?.x ?? 0) < (box?.x ?? 0)).toBe(true);
});

test.describe('error lookup', () => {
	test('/errors/<code>/ leads to the page in the preferred language, in any letter case', async ({
		browser,
	}) => {
		const context = await browser.newContext({ locale: 'ja-JP' });
		await context.addInitScript(() =>
			Object.defineProperty(navigator, 'languages', { get: () => ['ja-JP', 'en'] }),
		);
		const page = await context.newPage();
		for (const [path, target] of [
			['/errors/aadsts50000/', '/ja-jp/troubleshoot/aadsts50000/'],
			['/errors/50011/', '/ja-jp/troubleshoot/aadsts50011/'],
			['/errors/AADSTS50011/', '/ja-jp/troubleshoot/aadsts50011/'],
			['/errors/INVALID_GRANT/', '/ja-jp/reference/oauth-errors/invalid_grant/'],
			['/errors/invalid-grant/', '/ja-jp/reference/oauth-errors/invalid_grant/'],
			['/errors/AADSTS%2050000/', '/ja-jp/troubleshoot/aadsts50000/'],
		] as const) {
			await page.goto(path);
			await expect(page).toHaveURL(target);
		}
		await context.close();
	});

	test('without JavaScript /errors/<code>/ links every language', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/errors/invalid_client/');
		await expect(page.locator('.language-list a')).toHaveCount(6);
		await expect(page.locator('.language-list a[hreflang="ar-SA"]')).toHaveAttribute(
			'href',
			'/ar-sa/reference/oauth-errors/invalid_client/',
		);
		await context.close();
	});

	test('the lookup form leads to the page in its locale; an unknown code gets a localized not found', async ({
		page,
	}) => {
		await page.goto('/de-de/errors/?code=aadsts%2050105');
		await expect(page).toHaveURL('/de-de/troubleshoot/aadsts50105/');
		await page.goto('/de-de/');
		await page.locator('#header-search').fill('invalid grant');
		await page.getByRole('button', { name: 'Code nachschlagen' }).click();
		await expect(page).toHaveURL('/de-de/reference/oauth-errors/invalid_grant/');
		await page.goto('/zh-cn/errors/?code=AADSTS12345');
		await expect(page.locator('[data-lookup-result] p')).toHaveText(
			'“AADSTS12345”不是已知的代码。',
		);
		await expect(page.locator('[data-lookup-result] a')).toHaveAttribute(
			'href',
			'/zh-cn/search/?q=AADSTS12345',
		);
	});
});
