import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { serveSite, type ServedSite } from './serve-site.ts';
import { copyProject } from '../../scripts/project-copy.mjs';

// A copy of the project, committed, whose en-us article then changes and is committed again:
// its translations must turn outdated, with a banner and the source diff from git history.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

let site: string;
let server: ServedSite | undefined;

test.beforeAll(async () => {
	test.setTimeout(240_000);
	site = copyProject(mkdtempSync(join(tmpdir(), 'outdated-')), ['content']);
	const git = (...args: string[]) =>
		execFileSync(
			'git',
			['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args],
			{ cwd: site, stdio: 'ignore' },
		);
	git('init', '-q');
	git('add', '-A');
	git('commit', '-qm', 'before');
	const source = join(site, 'content/articles/en-us/aadsts50011.mdx');
	writeFileSync(
		source,
		readFileSync(source, 'utf8').replace(
			'## Symptoms',
			'## Symptoms\n\nA sentence the writer added after translation.',
		),
	);
	git('commit', '-qam', 'edit the source');
	execFileSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: site,
		stdio: 'ignore',
	});
	server = await serveSite(site);
});

test.afterAll(() => {
	server?.close();
});

test('the translation turns outdated, with a banner in its language and what changed', async ({
	page,
}) => {
	await page.goto(`${server!.origin}/zh-cn/troubleshoot/aadsts50011/`);
	await expect(page.locator('article')).toHaveAttribute('data-translation-status', 'outdated');
	const banner = page.locator('[data-outdated-notice]');
	await expect(banner.locator('p').first()).toHaveText(
		'此翻译早于英文文章：英文版本在翻译之后已有更改。',
	);
	await expect(banner.getByRole('link', { name: '阅读最新的英文版本' })).toHaveAttribute(
		'href',
		'/en-us/troubleshoot/aadsts50011/',
	);
	await banner.locator('summary').click();
	await expect(banner.locator('ins')).toContainText(
		'A sentence the writer added after translation.',
	);
});

test('other translations of other articles stay current, and the dashboard counts it', async ({
	page,
}) => {
	await page.goto(`${server!.origin}/zh-cn/troubleshoot/aadsts50020/`);
	await expect(page.locator('article')).toHaveAttribute('data-translation-status', 'current');
	await expect(page.locator('[data-outdated-notice]')).toHaveCount(0);
	await page.goto(`${server!.origin}/en-us/translation-status/`);
	await expect(page.locator('td[data-locale="ja-jp"][data-state="outdated"]')).toHaveCount(1);
});
