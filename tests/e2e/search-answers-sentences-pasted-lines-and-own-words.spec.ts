import { expect, test, type Locator } from '@playwright/test';
import { searchFor } from './search-page.ts';

/**
 * Queries as support staff write them, in every language, on the site's own content: sentences,
 * pasted error lines, their own words for ours, letters as typed. Each names the page that must
 * come first.
 */
const queries: { locale: string; query: string; first: string }[] = [
	{
		locale: 'en-us',
		query: "users from partner company can't log in to our app",
		first: '/en-us/troubleshoot/aadsts50020/',
	},
	{
		locale: 'en-us',
		query: 'callback URL doesnt match',
		first: '/en-us/troubleshoot/aadsts50011/',
	},
	{
		locale: 'en-us',
		query: 'two-step verification required',
		first: '/en-us/troubleshoot/aadsts50076/',
	},
	{ locale: 'zh-cn', query: '授权服务器', first: '/zh-cn/troubleshoot/aadsts50000/' },
	{
		locale: 'zh-cn',
		query: '调用 Graph 接口返回 403 没权限',
		first: '/zh-cn/reference/oauth-errors/insufficient_scope/',
	},
	{ locale: 'zh-cn', query: '单点登录', first: '/zh-cn/troubleshoot/aadsts50011/' },
	{ locale: 'ja-jp', query: 'シングルサインオン', first: '/ja-jp/troubleshoot/aadsts50011/' },
	{
		locale: 'ja-jp',
		query: 'Application is disabled',
		first: '/ja-jp/troubleshoot/aadsts7000112/',
	},
	{ locale: 'ja-jp', query: 'ＡＡＤＳＴＳ５００２０', first: '/ja-jp/troubleshoot/aadsts50020/' },
	{ locale: 'de-de', query: 'Rueckruf-URL', first: '/de-de/troubleshoot/aadsts50011/' },
	{ locale: 'de-de', query: 'Antwort-URL stimmt nicht', first: '/de-de/troubleshoot/aadsts50011/' },
	{
		locale: 'de-de',
		query: 'Schluessel',
		first: '/de-de/reference/oauth-errors/invalid_request_object/',
	},
	{ locale: 'fr-fr', query: 'URL de rappel incorrecte', first: '/fr-fr/troubleshoot/aadsts50011/' },
	{ locale: 'fr-fr', query: 'ＡＡＤＳＴＳ５００１１', first: '/fr-fr/troubleshoot/aadsts50011/' },
	{ locale: 'ar-sa', query: 'كلمه المرور غير صحيحه', first: '/ar-sa/troubleshoot/aadsts50126/' },
	{ locale: 'ar-sa', query: 'الدخول الأحادي', first: '/ar-sa/troubleshoot/aadsts50011/' },
];

for (const { locale, query, first } of queries) {
	test(`${locale}: "${query.slice(0, 40)}" puts ${first} first`, async ({ page }) => {
		const results = await searchFor(page, locale, query);
		await expect(results.first().locator('a')).toHaveAttribute('href', first);
	});
}

test('a sentence no page holds whole still finds pages, after those that hold every word and marked as partial', async ({
	page,
}) => {
	const results = await searchFor(
		page,
		'en-us',
		"users from partner company can't log in to our app",
	);
	await expect(results.first()).toHaveAttribute('data-partial', 'true');
	await expect(results.first().locator('.badge').last()).toHaveText('Some of your words');
	expect(await results.count()).toBeGreaterThan(5);
	// A sentence whose words are all on some pages lists those first, unmarked.
	const whole = await searchFor(page, 'ja-jp', 'Application is disabled');
	await expect(whole.first()).not.toHaveAttribute('data-partial', 'true');
	await expect(
		whole.filter({ has: page.locator('.badge', { hasText: '一部の語が一致' }) }).first(),
	).toBeVisible();
});

test('a pasted error line puts its codes first, in the order pasted, whatever else it holds', async ({
	page,
}) => {
	const pasted =
		"AADSTS50020: User account 'maria@outlook.com' from identity provider 'live.com' does not exist in tenant 'Contoso Ltd' and cannot access the application '00000003-0000-0000-c000-000000000000'(Microsoft Graph) in that tenant. Trace ID: 0b8f3c2e-1a2b-4c3d-9e8f-123456789abc Timestamp: 2026-11-24 10:12:13Z";
	const results = await searchFor(page, 'en-us', pasted);
	await expect(results.first().locator('a')).toHaveAttribute(
		'href',
		'/en-us/troubleshoot/aadsts50020/',
	);
	await expect(results.first()).toHaveAttribute('data-exact', 'true');
	expect(await results.count()).toBeGreaterThan(3);
	const two = await searchFor(
		page,
		'de-de',
		'Error: invalid_grant AADSTS50173: The provided grant has expired due to it being revoked',
	);
	await expect(two.locator('a').nth(0)).toHaveAttribute(
		'href',
		'/de-de/reference/oauth-errors/invalid_grant/',
	);
	await expect(two.locator('a').nth(1)).toHaveAttribute('href', '/de-de/troubleshoot/aadsts50173/');
});

test("articles rank above reference entries, unless an entry's own title matches", async ({
	page,
}) => {
	const hrefs = async (results: Locator) =>
		results
			.locator('a.result-title')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	const kinds = (await hrefs(await searchFor(page, 'zh-cn', '登录服务'))).map((h) =>
		h.includes('/reference/') ? 'reference' : 'article',
	);
	expect(kinds.indexOf('reference')).toBeGreaterThan(
		kinds.lastIndexOf('article', kinds.indexOf('reference')),
	);
	expect(kinds.slice(0, 6)).toEqual(Array(6).fill('article'));
	const redirect = await hrefs(await searchFor(page, 'en-us', 'redirect'));
	expect(redirect[0]).toBe('/en-us/reference/oauth-errors/invalid_redirect_uri/');
	expect(redirect[1]).toBe('/en-us/troubleshoot/aadsts50011/');
});

test("excerpts are the page's body: no badges, kinds, generated notes or heading links", async ({
	page,
}) => {
	for (const [locale, query] of [
		['zh-cn', '令牌终结点'],
		// Words of section headings, in articles and in reference entries.
		['zh-cn', '原因 服务'],
		['en-us', 'cause resolution'],
	] as const) {
		const results = await searchFor(page, locale, query);
		const excerpts = await results.locator('.result-excerpt').allTextContents();
		expect(excerpts.length, query).toBeGreaterThan(3);
		for (const excerpt of excerpts) {
			expect(excerpt).not.toMatch(/^reference|^article|HTTP 状态 \d{3}|此页面由错误代码注册表/);
			// The "#" of a heading's link to itself is not text of the page.
			expect(excerpt, query).not.toMatch(/(^|\s)#(\s|$)/);
		}
	}
});

test('a code that is no known code offers the nearest ones; no results offers every language and the lookup', async ({
	page,
}) => {
	await searchFor(page, 'en-us', 'AADSTS5001');
	await expect(page.locator('[data-search-hints]')).toHaveText(
		'Did you mean: AADSTS50011, AADSTS65001, AADSTS50000',
	);
	await expect(page.locator('[data-search-hints] a').first()).toHaveAttribute(
		'href',
		'/en-us/troubleshoot/aadsts50011/',
	);
	await searchFor(page, 'fr-fr', 'zzqqxx');
	await expect(page.locator('[data-empty-message]')).toHaveText('Aucun résultat pour « zzqqxx ».');
	await expect(page.locator('[data-every-language]')).toHaveAttribute(
		'href',
		'/fr-fr/search/?q=zzqqxx&scope=all',
	);
	await expect(page.locator('[data-search-hints]')).toBeHidden();
});

test('on a non-English site, English that finds little there is searched in English too, marked', async ({
	page,
}) => {
	// Only the English source of the translated AADSTS50011 article speaks of a trailing slash.
	const results = await searchFor(page, 'zh-cn', 'trailing slash proxy');
	const english = results.filter({ has: page.locator('a[lang="en-US"]') });
	await expect(english.first().locator('a')).toHaveAttribute(
		'href',
		'/en-us/troubleshoot/aadsts50011/',
	);
	await expect(english.first().locator('.badge').nth(0)).toHaveText('English (United States)');
});
