import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startDevServer, type DevServer } from './dev-server.ts';

// One dev server on a copy of the project; each test edits a file of the copy and puts it back.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

let dev: DevServer;

test.beforeAll(async () => {
	test.setTimeout(120_000);
	dev = await startDevServer();
});

test.afterAll(() => dev?.close());

// A failure in CI is understood from the server's side too: what it printed goes with the report.
test.afterEach(async ({ page }, testInfo) => {
	if (testInfo.status === testInfo.expectedStatus || !dev) return;
	const output = dev.output();
	await testInfo.attach('dev-server-output', { body: output, contentType: 'text/plain' });
	const shown = await page
		.evaluate(() => `${document.title} | ${document.body?.innerText.slice(0, 400) ?? ''}`)
		.catch((error: Error) => error.message);
	console.error(`--- the page at ${page.url()} shows: ${shown}`);
	console.error(`--- the dev server printed ---\n${output.slice(-6000)}\n--- end ---`);
});

const article = 'content/articles/en-us/aadsts50011.mdx';

/** Rewrites a file of the copy; returns a function that restores it. */
function edit(file: string, change: (text: string) => string): () => void {
	const path = join(dev.root, file);
	const original = readFileSync(path, 'utf8');
	writeFileSync(path, change(original));
	return () => writeFileSync(path, original);
}

/** The text of Astro's error overlay (it lives in a shadow root). */
const overlay = (page: Page) => page.locator('vite-error-overlay');

test('a front matter error shows in the overlay with file:line:col, rule and source, on the translations too', async ({
	page,
}) => {
	await page.goto(`${dev.origin}/en-us/troubleshoot/aadsts50011/`);
	await expect(page.locator('article')).toBeVisible();
	const restore = edit(article, (text) => text.replace(/^ms\.date: .*$/m, 'ms.date: 2026-13-45'));
	await expect(overlay(page).locator('#title')).toHaveText(
		'front-matter: content/articles/en-us/aadsts50011.mdx:6:10',
		{ timeout: 20_000 },
	);
	await expect(overlay(page).locator('#message-content')).toContainText(
		'content/articles/en-us/aadsts50011.mdx:6:10  error  field "ms.date": expected a date written as MM/DD/YYYY, such as 03/19/2021; got "2026-13-45"  (front-matter)',
	);
	await expect(overlay(page).locator('#code')).toContainText('ms.date: 2026-13-45');
	// Each in a tab of its own: the first page may still reload as the dev server settles.
	for (const locale of ['zh-cn', 'de-de']) {
		const translation = await page.context().newPage();
		const response = await translation.goto(`${dev.origin}/${locale}/troubleshoot/aadsts50011/`);
		expect(response?.status()).toBe(500);
		await expect(overlay(translation).locator('#title')).toHaveText(
			'front-matter: content/articles/en-us/aadsts50011.mdx:6:10',
		);
		await translation.close();
	}
	restore();
	await expect(page.locator('article')).toBeVisible({ timeout: 20_000 });
	await expect(overlay(page)).toHaveCount(0);
});

test('an unclosed <Alert> and a dead link are shown with their rule', async ({ page }) => {
	await page.goto(`${dev.origin}/en-us/troubleshoot/aadsts50011/`);
	let restore = edit(article, (text) => `${text}\n\n<Alert type="note">\n\nNever closed.\n`);
	await expect(overlay(page).locator('#message-content')).toContainText(
		'content/articles/en-us/aadsts50011.mdx:84:1  error  MDX does not parse: Expected a closing tag for <Alert>  (mdx-syntax)',
		{ timeout: 20_000 },
	);
	await expect(overlay(page).locator('#title')).toHaveText(
		'mdx-syntax: content/articles/en-us/aadsts50011.mdx:84:1',
	);
	restore();
	await expect(page.locator('article')).toBeVisible({ timeout: 20_000 });
	restore = edit(
		article,
		(text) => `${text}\n\nSee [the other article](/en-us/troubleshoot/no-such-article/).\n`,
	);
	await expect(overlay(page).locator('#message-content')).toContainText(
		'link "/en-us/troubleshoot/no-such-article/" leads to /en-us/troubleshoot/no-such-article/, which is not a page of the site  (internal-link)',
		{ timeout: 20_000 },
	);
	restore();
	await expect(page.locator('article')).toBeVisible({ timeout: 20_000 });
});

test('a body edit shows in the open page without an error in between', async ({ page }) => {
	await page.goto(`${dev.origin}/en-us/troubleshoot/aadsts50011/`);
	const statuses: number[] = [];
	page.on('response', (response) => {
		if (response.url().endsWith('/troubleshoot/aadsts50011/')) statuses.push(response.status());
	});
	// The page says which load it shows, to reload if it was rendered mid-load (dev-refresh.ts).
	expect(await page.locator('head').innerHTML()).toMatch(
		/<script>\{ const check = \(\) => fetch\("\/_dev\/content-generation\?rendered=\d+"\)/,
	);
	const restore = edit(article, (text) =>
		text.replace('## Symptoms', '## Symptoms\n\nA sentence typed while the page was open.'),
	);
	await expect(page.locator('article')).toContainText('A sentence typed while the page was open.', {
		timeout: 20_000,
	});
	restore();
	await expect(page.locator('article')).not.toContainText(
		'A sentence typed while the page was open.',
		{ timeout: 20_000 },
	);
	expect(statuses.length).toBeGreaterThan(0);
	expect(statuses.filter((s) => s !== 200)).toEqual([]);
});

test('a save written in two steps, the file emptied and then written, shows as written', async ({
	page,
}) => {
	await page.goto(`${dev.origin}/en-us/troubleshoot/aadsts50011/`);
	await expect(page.locator('article')).toBeVisible();
	// As editors that save in place do. The write comes within the watcher's 50 ms, so its event is
	// dropped, and late enough that the load the first event started may read the empty file.
	const path = join(dev.root, article);
	const original = readFileSync(path, 'utf8');
	writeFileSync(path, '');
	await new Promise((settle) => setTimeout(settle, 40));
	writeFileSync(path, original.replace('## Cause', 'Saved in two steps.\n\n## Cause'));
	await expect(page.locator('article')).toContainText('Saved in two steps.', { timeout: 20_000 });
	await expect(overlay(page)).toHaveCount(0);
	writeFileSync(path, original);
	await expect(page.locator('article')).not.toContainText('Saved in two steps.', {
		timeout: 20_000,
	});
});

test('a page that misses the reload sent as the store is written still shows the save', async ({
	page,
}) => {
	// The dev server's socket, with Vite's own reloads dropped: only the page's own check is left.
	await page.routeWebSocket(/\/$|[?&]token=/, (socket) => {
		const server = socket.connectToServer();
		server.onMessage((message) => {
			if (!String(message).includes('"full-reload"')) socket.send(message);
		});
	});
	await page.goto(`${dev.origin}/en-us/troubleshoot/aadsts50011/`);
	await expect(page.locator('article')).toBeVisible();
	const restore = edit(article, (text) =>
		text.replace('## Cause', 'A sentence the page heard of on its own.\n\n## Cause'),
	);
	await expect(page.locator('article')).toContainText('A sentence the page heard of on its own.', {
		timeout: 20_000,
	});
	restore();
	await expect(page.locator('article')).not.toContainText('A sentence the page heard of', {
		timeout: 20_000,
	});
});

test('an explanation edit in the registry shows on its entry page without a restart', async ({
	page,
}) => {
	await page.goto(`${dev.origin}/en-us/reference/oauth-errors/invalid_grant/`);
	const restore = edit('content/reference/explanations/en-us.yaml', (text) =>
		text.replace(
			'invalid_grant:\n  summary: ',
			'invalid_grant:\n  summary: Edited while the page was open. ',
		),
	);
	await expect(page.locator('main')).toContainText('Edited while the page was open.', {
		timeout: 20_000,
	});
	restore();
	await expect(page.locator('main')).not.toContainText('Edited while the page was open.', {
		timeout: 20_000,
	});
});
