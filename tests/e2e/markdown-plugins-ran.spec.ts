import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// Proof that our unified plugins (src/markdown/index.ts: the lists astro.config.mjs gives
// markdown.processor, and the article renderer runs) ran on real content: each plugin leaves a
// mark that Astro's default processor (which runs no remark plugins) would not. remark-link-codes
// is proven in reference-is-cross-linked-with-articles.spec.ts.
const html = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');

test('remark-gfm ran: pipe tables become <table>', () => {
	const source = readFileSync('content/articles/en-us/aadsts7000218.mdx', 'utf8');
	expect(source).toMatch(/^\|.*\|$/m);
	expect(html('/en-us/troubleshoot/aadsts7000218/')).toMatch(/<table>\s*<thead>/);
});

test('remark-alerts and rehype-mdx-elements ran: > [!NOTE] becomes an <Alert>, written as HTML with its title', () => {
	const source = readFileSync('content/articles/en-us/aadsts7000218.mdx', 'utf8');
	const type = /^> \[!(\w+)\]/m.exec(source)?.[1]?.toLowerCase();
	expect(type).toBeDefined();
	expect(html('/en-us/troubleshoot/aadsts7000218/')).toContain(
		`<div class="alert alert-${type}" role="note"><p class="alert-title">`,
	);
	expect(html('/en-us/troubleshoot/aadsts7000218/')).not.toMatch(/<Alert|<astro-island/);
	expect(html('/en-us/troubleshoot/aadsts7000218/')).not.toContain('[!');
});

test('rehype-learn-anchors ran: the seed heading anchor is the heading id', () => {
	expect(html('/zh-cn/troubleshoot/aadsts50000/')).toContain(
		'<h1 id="troubleshoot-aadsts50000-error-code">AADSTS50000 错误代码疑难解答</h1>',
	);
});

test('smart quotes are off: text renders as written', () => {
	// Straight quotes, written as they are or as &quot;; never “curly” ones.
	expect(html('/zh-cn/troubleshoot/aadsts50000/')).toMatch(
		/(&quot;|")Authorization(&quot;|") request header field/,
	);
});

test.describe('alerts in translations', () => {
	test('the alert title is in the language of the article', async ({ page }) => {
		await page.goto('/zh-cn/troubleshoot/aadsts7000218/');
		const titles = await page.locator('.alert-title').allInnerTexts();
		expect(titles.length).toBeGreaterThan(0);
		for (const title of titles) expect(['注意', '提示', '重要', '警告']).toContain(title);
	});
});
