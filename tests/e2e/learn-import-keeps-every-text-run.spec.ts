import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { localeIds } from '../../src/i18n/locales.ts';
import { importLearn } from '../../src/importer/import-learn.ts';
import type { ImportReport } from '../../src/importer/types.ts';
import { serveSite, type ServedSite } from './serve-site.ts';
import { copyProject } from '../../scripts/project-copy.mjs';

// Imports every file of the shared Learn corpus into temporary sites, builds them, and checks
// that every text run of every input appears on its rendered page. The corpus is never copied
// into the project; without it these tests are skipped.
const corpus = resolve('../shared/corpus');
test.skip(
	!existsSync(join(corpus, 'learn')) || !existsSync(join(corpus, 'learn-sxs')),
	`the Learn corpus (${corpus}/learn, learn-sxs) is absent`,
);
test.describe.configure({ mode: 'serial', timeout: 300_000 });

const translated = localeIds.filter((l) => l !== 'en-us');
/** The locales whose published translations are imported together with their bilingual files. */
const withSxs = new Set(['zh-cn', 'ja-jp', 'de-de']);
const sites: { name: string; root: string; reports: ImportReport[]; server?: ServedSite }[] = [];

/** A copy of the project with an empty content folder (the registry kept). */
function emptySite(name: string): string {
	const root = copyProject(mkdtempSync(join(tmpdir(), `import-${name}-`)), ['content/reference']);
	return root;
}

async function buildAndServe(site: (typeof sites)[number]) {
	execFileSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: site.root,
		stdio: 'pipe',
	});
	site.server = await serveSite(site.root);
}

test.beforeAll(async () => {
	test.setTimeout(280_000);
	// Site 1: every bilingual (sxs) file, whose English sides become the en-us sources, and the
	// English SupportArticles files. Site 2: the published translations over site 1's sources;
	// for three locales with their bilingual files in the same run (published text, English
	// source sentences), for the other two alone.
	const sxs = { name: 'sxs', root: emptySite('sxs'), reports: [] as ImportReport[] };
	for (const locale of translated)
		sxs.reports.push(
			importLearn({
				inputs: [join(corpus, 'learn-sxs', locale)],
				locale,
				out: join(sxs.root, 'content'),
			}),
		);
	sxs.reports.push(
		importLearn({
			inputs: [join(corpus, 'learn', 'en-us')],
			locale: 'en-us',
			out: join(sxs.root, 'content'),
		}),
	);
	const live = { name: 'live', root: emptySite('live'), reports: [] as ImportReport[] };
	cpSync(join(sxs.root, 'content/articles/en-us'), join(live.root, 'content/articles/en-us'), {
		recursive: true,
	});
	for (const locale of translated) {
		const inputs = [
			join(corpus, 'learn', locale),
			...(withSxs.has(locale) ? [join(corpus, 'learn-sxs', locale)] : []),
		];
		live.reports.push(importLearn({ inputs, locale, out: join(live.root, 'content') }));
	}
	sites.push(sxs, live);
	for (const site of sites) await buildAndServe(site);
});

test.afterAll(() => {
	for (const site of sites) site.server?.close();
});

test('every corpus file imports, without failures and without losing a text run', () => {
	const reports = sites.flatMap((s) => s.reports);
	expect(reports.flatMap((r) => r.failed)).toEqual([]);
	expect(reports.flatMap((r) => r.refused)).toEqual([]);
	expect(
		reports.flatMap((r) => r.fidelity).flatMap((f) => f.missing.map((m) => `${m.at}: ${m.text}`)),
	).toEqual([]);
	const inputs = ['learn', 'learn-sxs'].flatMap((set) =>
		readdirSync(join(corpus, set), { recursive: true, withFileTypes: true }).filter(
			(e) => e.isFile() && e.name.endsWith('.md') && !e.parentPath.includes('includes'),
		),
	);
	// Every input file went into an article (a published file and its bilingual file into one).
	const used = new Set([
		...reports.flatMap((r) => r.imported).map((i) => i.source),
		...reports
			.flatMap((r) => r.warnings)
			.filter((w) => w.kind === 'sources')
			.flatMap((w) => w.file.split(' + ')),
	]);
	expect(
		inputs
			.map((e) => relative(process.cwd(), join(e.parentPath, e.name)))
			.filter((file) => !used.has(file)),
	).toEqual([]);
});

/** Markdown syntax a reader would see as text: bold marks, link brackets, backticks. */
const markdownMarks = /\*\*|\]\(|`/g;
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** An article's text as the reader sees it, the sentences' English sources apart. */
async function readPage(page: Page, url: string) {
	await page.goto(url);
	return page.locator('article').evaluate((article) => {
		const copy = article.cloneNode(true) as HTMLElement;
		const sources = [...copy.querySelectorAll('.sxs-source')].map((s) => s.textContent ?? '');
		for (const source of copy.querySelectorAll('.sxs-source, [data-sxs-toggle]')) source.remove();
		const squash = (text: string) => text.replace(/\s+/g, ' ');
		return { text: squash(copy.textContent ?? ''), english: squash(sources.join(' ')) };
	});
}

/**
 * Every text run of each imported file on its rendered page, counted over the whole corpus, and
 * no Markdown mark on a page that its input does not show as text itself (an escaped `\*`).
 */
async function checkPages(page: Page, site: (typeof sites)[number]) {
	const entries = site.reports.flatMap((r) => r.fidelity);
	const englishOf = new Map(
		sites
			.flatMap((s) => s.reports.flatMap((r) => r.fidelity))
			.filter((f) => /[\\/]en-us[\\/]/.test(f.target))
			.map((f) => [basename(f.target), f.runs]),
	);
	let runs = 0;
	let lines = 0;
	const lost: string[] = [];
	const lostLines: string[] = [];
	const marked: string[] = [];
	for (const entry of entries) {
		const [, locale, slug] = /articles[\\/]([^\\/]+)[\\/]([^\\/]+)\.mdx$/.exec(entry.target) ?? [];
		const shown = await readPage(page, `${site.server!.origin}/${locale}/troubleshoot/${slug}/`);
		runs += entry.runs.length;
		lost.push(
			...entry.runs
				.filter((run) => !shown.text.includes(run.text))
				.map((run) => `${run.at}: ${run.text}`),
		);
		lines += entry.lines.length;
		lostLines.push(
			...entry.lines
				.filter((line) => !shown.text.includes(line.text))
				.map((line) => `${line.at}: ${line.text}`),
		);
		const english = shown.english ? (englishOf.get(basename(entry.target)) ?? []) : [];
		const allowed = count([...entry.runs, ...english].map((r) => r.text).join(' '), markdownMarks);
		if (count(shown.text, markdownMarks) + count(shown.english, markdownMarks) > allowed)
			marked.push(`/${locale}/troubleshoot/${slug}/`);
	}
	return { runs, lost, lines, lostLines, marked };
}

for (const index of [0, 1]) {
	test(`${index === 0 ? 'the bilingual imports' : 'the published translations'} render every text run and no Markdown as text`, async ({
		page,
	}) => {
		const site = sites[index]!;
		const { runs, lost, lines, lostLines, marked } = await checkPages(page, site);
		const share = (n: number, of: number) =>
			`${of - n} of ${of} (${(((of - n) / of) * 100).toFixed(2)}%)`;
		for (const line of lostLines) console.log(`  line not found whole: ${line}`);
		console.log(
			`${site.name}: text runs on their pages: ${share(lost.length, runs)}; lines of 12+ characters: ${share(lostLines.length, lines)}`,
		);
		expect(lost).toEqual([]);
		// Lines are a coarser measure (a line that renders split in two, such as a table row, is not found whole).
		expect(lostLines.length / lines, lostLines.join('\n')).toBeLessThanOrEqual(0.005);
		expect(marked).toEqual([]);
	});
}

test('readers of an sxs translation see each sentence’s English source on focus, and side by side, formatted', async ({
	page,
}) => {
	await page.goto(
		`${sites[0]!.server!.origin}/ja-jp/troubleshoot/troubleshoot-error-code-aadsts50011/`,
	);
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
	await page.goto(
		`${sites[0]!.server!.origin}/fr-fr/troubleshoot/configure-and-customize-applications/`,
	);
	await expect(
		page.locator('article .sxs-source strong', {
			hasText: 'Misconfigured Application (AADSTS650056) Errors',
		}),
	).toHaveCount(1);
	await expect(
		page.locator('article .sxs-translation strong', {
			hasText: 'Erreurs d’application mal configurée (AADSTS650056)',
		}),
	).toHaveCount(1);
});
