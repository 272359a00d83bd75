import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { localeIds } from '../../src/i18n/locales.ts';
import { importLearn, type ImportReport } from '../../src/importer/import-learn.ts';
import { serveSite, type ServedSite } from './serve-site.ts';

// Imports every file of the shared Learn corpus into temporary sites, builds them, and checks
// that every text run of every input appears on its rendered page. The corpus is never copied
// into the project; without it these tests are skipped.
const corpus = resolve('../shared/corpus');
test.skip(!existsSync(join(corpus, 'learn')) || !existsSync(join(corpus, 'learn-sxs')), `the Learn corpus (${corpus}/learn, learn-sxs) is absent`);
test.describe.configure({ mode: 'serial', timeout: 300_000 });

const translated = localeIds.filter((l) => l !== 'en-us');
const sites: { name: string; root: string; reports: ImportReport[]; server?: ServedSite }[] = [];

/** A copy of the project with an empty content folder (the registry kept). */
function emptySite(name: string): string {
	const root = mkdtempSync(join(tmpdir(), `import-${name}-`));
	for (const path of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts']) cpSync(path, join(root, path), { recursive: true });
	mkdirSync(join(root, 'content'));
	cpSync('content/reference', join(root, 'content/reference'), { recursive: true });
	symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
	return root;
}

async function buildAndServe(site: (typeof sites)[number]) {
	execFileSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], { cwd: site.root, stdio: 'pipe' });
	site.server = await serveSite(site.root);
}

test.beforeAll(async () => {
	test.setTimeout(240_000);
	// Site 1: every bilingual (sxs) file, whose English sides become the en-us sources, and the
	// English SupportArticles files. Site 2: the published translations, over site 1's sources.
	const sxs = { name: 'sxs', root: emptySite('sxs'), reports: [] as ImportReport[] };
	for (const locale of translated) sxs.reports.push(importLearn({ inputs: [join(corpus, 'learn-sxs', locale)], locale, out: join(sxs.root, 'content') }));
	sxs.reports.push(importLearn({ inputs: [join(corpus, 'learn', 'en-us')], locale: 'en-us', out: join(sxs.root, 'content') }));
	const live = { name: 'live', root: emptySite('live'), reports: [] as ImportReport[] };
	cpSync(join(sxs.root, 'content/articles/en-us'), join(live.root, 'content/articles/en-us'), { recursive: true });
	for (const locale of translated) live.reports.push(importLearn({ inputs: [join(corpus, 'learn', locale)], locale, out: join(live.root, 'content') }));
	sites.push(sxs, live);
	for (const site of sites) await buildAndServe(site);
});

test.afterAll(() => {
	for (const site of sites) site.server?.close();
});

test('every corpus file imports, without failures and without losing a text run', () => {
	const reports = sites.flatMap((s) => s.reports);
	expect(reports.flatMap((r) => r.failed)).toEqual([]);
	expect(reports.flatMap((r) => r.fidelity).filter((f) => f.missing.length > 0)).toEqual([]);
	const inputs = ['learn', 'learn-sxs'].flatMap((set) =>
		readdirSync(join(corpus, set), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.md') && !e.parentPath.includes('includes')),
	);
	expect(reports.flatMap((r) => r.imported)).toHaveLength(inputs.length);
});

/** Every text run of each imported file is on its rendered page (a bare '>' or '|' aside). */
async function expectRunsOnPages(page: Page, site: (typeof sites)[number]) {
	for (const entry of site.reports.flatMap((r) => r.fidelity)) {
		const [, locale, slug] = /articles[\\/]([^\\/]+)[\\/]([^\\/]+)\.mdx$/.exec(entry.target) ?? [];
		await page.goto(`${site.server!.origin}/${locale}/troubleshoot/${slug}/`);
		// The page's own text: the English source under each sxs sentence is an addition, not input.
		const text = await page.locator('article').evaluate((article) => {
			const copy = article.cloneNode(true) as HTMLElement;
			for (const source of copy.querySelectorAll('.sxs-source, [data-sxs-toggle]')) source.remove();
			return (copy.textContent ?? '').replace(/\s+/g, ' ');
		});
		const missing = entry.runs.filter((run) => !text.includes(run));
		expect(missing, `${entry.file} → /${locale}/troubleshoot/${slug}/`).toEqual([]);
	}
}

test('the bilingual imports render every text run', async ({ page }) => {
	await expectRunsOnPages(page, sites[0]!);
});

test('the published translations render every text run', async ({ page }) => {
	await expectRunsOnPages(page, sites[1]!);
});

test('readers of an sxs translation see each sentence’s English source on focus, and side by side', async ({ page }) => {
	await page.goto(`${sites[0]!.server!.origin}/ja-jp/troubleshoot/troubleshoot-error-code-aadsts50011/`);
	const sentence = page.locator('article .sxs').nth(1);
	await expect(sentence.locator('.sxs-source')).toBeHidden();
	await sentence.focus();
	await expect(sentence.locator('.sxs-source')).toBeVisible();
	await expect(sentence.locator('.sxs-source')).toHaveAttribute('lang', 'en-US');
	await page.locator('[data-sxs-toggle]').click();
	await expect(page.locator('[data-sxs-toggle]')).toHaveAttribute('aria-pressed', 'true');
	const sources = page.locator('article .sxs-source');
	expect(await sources.count()).toBeGreaterThan(3);
	for (const source of await sources.all()) await expect(source).toBeVisible();
});
