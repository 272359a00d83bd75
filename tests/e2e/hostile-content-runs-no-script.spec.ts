import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import { expect, test, type Page } from '@playwright/test';
import { VFile } from 'vfile';
import { bodyWithFileLines } from '../../src/build/compile-article.ts';
import { localeIds } from '../../src/i18n/locales.ts';
import type { AlertTitles } from '../../src/markdown/content-components.ts';
import { layoutIds } from '../../src/markdown/content-schema.ts';
import { articleParser, createArticleRenderer } from '../../src/markdown/index.ts';

// The hostile fixtures of the check (one per injection class), rendered by the site's own
// renderer as if the check had been skipped, then opened in Chromium as a page of the site:
// whatever got past the sanitizer would run here.
const fixtures = 'tests/unit/checks/fixtures/content-html/content/articles/en-us';
const titles = {
	note: 'Note',
	tip: 'Tip',
	important: 'Important',
	caution: 'Caution',
	warning: 'Warning',
};
const alertTitles = Object.fromEntries(localeIds.map((l) => [l, titles])) as AlertTitles;
const markdown: AstroMarkdownOptions = {
	shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false },
	syntaxHighlight: 'shiki',
};
const renderer = createArticleRenderer({
	context: { oauthCodes: new Set(['invalid_grant']), articles: new Map() },
	alertTitles,
	markdown,
});

async function rendered(name: string): Promise<string> {
	const source = readFileSync(join(fixtures, name), 'utf8');
	const file = new VFile({ path: join('/repo', fixtures, name), value: source });
	return (await renderer.render(articleParser.parse(bodyWithFileLines(source)), file)).html;
}

/** Opens the HTML as a page of the site and reports what ran: dialogs, requests elsewhere, overlays. */
async function open(page: Page, html: string) {
	const dialogs: string[] = [];
	const elsewhere: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	page.on('request', (request) => {
		// The fixtures' attackers live on *.example hosts (tracker.example, evil.example); the
		// images they may legitimately show are on example.com.
		if (new URL(request.url()).hostname.endsWith('.example')) elsewhere.push(request.url());
	});
	await page.route('**/hostile/', (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><main id="main"><article>${html}</article><p id="after">after</p></main></body></html>`,
		}),
	);
	await page.goto('/hostile/');
	// Handlers (onerror, toggles) fire by the load event; what they could fetch, by network idle;
	// what animations or layout could do, by the next frames.
	await page.waitForLoadState('networkidle');
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
	);
	const fixed = await page.evaluate(
		() =>
			[...document.querySelectorAll('*')].filter((e) =>
				['fixed', 'absolute'].includes(getComputedStyle(e).position),
			).length,
	);
	const afterIsShown = await page.locator('#after').isVisible();
	return {
		dialogs,
		elsewhere,
		fixed,
		afterIsShown,
		pwned: await page.evaluate(() => 'pwned' in window),
	};
}

test('the detector works: unsanitized HTML with a handler runs', async ({ page }) => {
	const result = await open(
		page,
		'<img src="x" onerror="alert(1)"><div style="position:fixed;inset:0;background:url(https://tracker.example/p.gif)"></div>',
	);
	expect(result.dialogs).toEqual(['1']);
	expect(result.fixed).toBe(1);
	expect(result.elsewhere).toEqual(['https://tracker.example/p.gif']);
});

for (const name of readdirSync(fixtures)
	.filter((f) => f.endsWith('.mdx'))
	.sort()) {
	test(`${name}: nothing runs, nothing overlays the page, nothing is fetched from elsewhere`, async ({
		page,
	}) => {
		const result = await open(page, await rendered(name));
		expect(result).toEqual({
			dialogs: [],
			elsewhere: [],
			fixed: 0,
			afterIsShown: true,
			pwned: false,
		});
	});
}

test('every id the page around an article uses is one the content schema keeps from articles', async ({
	page,
}) => {
	await page.goto('/en-us/troubleshoot/aadsts50000/');
	// Headings' ids are the article's own (from its text); every other id belongs to the layout.
	const ids = await page.evaluate(() =>
		[...document.querySelectorAll('[id]')]
			.filter((e) => !/^H[1-6]$/.test(e.tagName))
			.map((e) => e.id),
	);
	expect(ids.length).toBeGreaterThan(0);
	expect(ids.filter((id) => !(layoutIds as readonly string[]).includes(id))).toEqual([]);
});
