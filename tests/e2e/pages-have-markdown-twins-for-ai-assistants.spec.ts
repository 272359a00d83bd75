import { expect, test, type Page } from '@playwright/test';

// The test build's origin (tests/site.env).
const origin = 'https://troubleshoot.example';

/** The twin a page links from its head, fetched as a tool would. */
async function twinOf(page: Page, path: string) {
	await page.goto(path);
	const link = page.locator('head link[rel="alternate"][type="text/markdown"]');
	await expect(link).toHaveAttribute('href', `${origin}${path}index.md`);
	const response = await page.request.get(`${path}index.md`);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('text/markdown; charset=utf-8');
	return response.text();
}

for (const [locale, dir] of [
	['ar-sa', 'rtl'],
	['ja-jp', 'ltr'],
] as const) {
	test(`${locale}: an article's twin has its front matter, headings and code links, in the page's language`, async ({
		page,
	}) => {
		const path = `/${locale}/troubleshoot/aadsts50011/`;
		const twin = await twinOf(page, path);
		await expect(page.locator('html')).toHaveAttribute('dir', dir);
		const title = (await page.locator('.article h1').first().textContent())?.trim();
		const state = await page.locator('article').getAttribute('data-translation-status');
		expect(twin).toMatch(
			new RegExp(
				`^---\\ntitle: ${title}\\ndescription: .+\\ncodes:\\n  - AADSTS50011\\n  - invalid_request\\nlocale: ${locale}\\nsource_url: ${origin}${path}\\ntranslation: ${state}\\ntranslation_type: (HT|MT)\\n---\\n\\n# `,
			),
		);
		for (const heading of await page.locator('.article h2').allTextContents())
			expect(twin).toContain(`\n## ${heading.trim()}\n`);
		expect(twin).toContain(
			`[\`invalid_request\`](${origin}/${locale}/reference/oauth-errors/invalid_request/)`,
		);
		expect(twin).not.toMatch(/<\/?(?:Alert|Sxs|a|div)\b/);
	});
}

test('a fallback page’s twin is the English text, marked as a fallback', async ({ page }) => {
	const twin = await twinOf(page, '/ja-jp/troubleshoot/aadsts65001/');
	expect(twin).toContain(
		`\nlocale: ja-jp\nsource_url: ${origin}/ja-jp/troubleshoot/aadsts65001/\ntranslation: fallback\n---\n`,
	);
	expect(twin).toContain(
		"\n# Error AADSTS65001 – The user or administrator hasn't consented to the application\n",
	);
});

test('a reference entry’s twin quotes its definition and lists its sections in the reader’s language', async ({
	page,
}) => {
	const twin = await twinOf(page, '/zh-cn/reference/oauth-errors/invalid_grant/');
	const sections = await page.locator('.article h2').allTextContents();
	expect(twin).toContain(
		`\ncodes:\n  - invalid_grant\nlocale: zh-cn\nsource_url: ${origin}/zh-cn/reference/oauth-errors/invalid_grant/\n`,
	);
	expect(twin).toContain('\n# `invalid_grant`\n');
	for (const heading of sections) expect(twin).toContain(`\n## ${heading.trim()}\n`);
	expect(twin).toContain(
		'\n— [RFC 6749, section 5.2](https://www.rfc-editor.org/rfc/rfc6749#section-5.2)\n',
	);
});

test('llms.txt lists the locales, and each locale’s lists its articles and reference entries', async ({
	request,
}) => {
	const root = await (await request.get('/llms.txt')).text();
	expect(root).toContain(`\n- [日本語 (ja-JP)](${origin}/ja-jp/llms.txt)\n`);
	expect(root).toContain(`\n- [العربية (ar-SA)](${origin}/ar-sa/llms.txt)\n`);
	const ja = await (await request.get('/ja-jp/llms.txt')).text();
	expect(ja).toMatch(
		new RegExp(
			`\\n- \\[エラー AADSTS50011 – [^\\]]+\\]\\(${origin}/ja-jp/troubleshoot/aadsts50011/\\): .+ エラー コード: AADSTS50011, invalid_request\\n`,
		),
	);
	expect(ja).toMatch(
		new RegExp(
			`\\n- \\[invalid_grant\\]\\(${origin}/ja-jp/reference/oauth-errors/invalid_grant/\\): .+ エラー コード: invalid_grant\\n`,
		),
	);
});

test('articles.json maps each code to its articles in the locale, with their translation state', async ({
	request,
}) => {
	const ja = await (await request.get('/ja-jp/articles.json')).json();
	expect(ja.codes.AADSTS65001).toEqual([
		{
			slug: 'aadsts65001',
			title: "Error AADSTS65001 – The user or administrator hasn't consented to the application",
			url: `${origin}/ja-jp/troubleshoot/aadsts65001/`,
			markdown: `${origin}/ja-jp/troubleshoot/aadsts65001/index.md`,
			state: 'fallback',
		},
	]);
	expect(ja.codes.AADSTS50011).toEqual([
		expect.objectContaining({
			slug: 'aadsts50011',
			state: 'current',
			type: expect.stringMatching(/^(HT|MT)$/),
		}),
	]);
	const zh = await (await request.get('/zh-cn/articles.json')).json();
	expect(zh.codes.AADSTS50000).toEqual([
		expect.objectContaining({ slug: 'aadsts50000', state: 'outdated', type: 'HT' }),
	]);
});
