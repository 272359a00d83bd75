import {
	cpSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { alertTitlesWith, unhighlighted } from '../helpers/renderer-options.ts';
import { compileArticle } from '../../../src/build/compile-article.ts';
import type { Locale } from '../../../src/i18n/locales.ts';
import { errorCodesFrom } from '../../../src/importer/error-codes.ts';
import { importLearn, slugOf } from '../../../src/importer/import-learn.ts';
import type { ImportReport } from '../../../src/importer/types.ts';
import { createArticleRenderer } from '../../../src/markdown/index.ts';

const fixtures = 'tests/unit/importer/fixtures';
/** The locale each fixture is imported as (en-us when not named). */
const fixtureLocales: Partial<Record<string, Locale>> = {
	sxs: 'ja-jp',
	'sxs-formatting': 'fr-fr',
	'published-and-sxs': 'de-de',
};

const alertTitles = alertTitlesWith({ 'fr-fr': { note: 'Remarque' } });
const markdown = unhighlighted;
const renderer = createArticleRenderer({
	context: { oauthCodes: new Set(), articles: new Map() },
	alertTitles,
	markdown,
});

/** The report as lines, temporary paths made stable. */
function reportText(report: ImportReport, root: string): string {
	const stable = (text: string) =>
		text
			.replaceAll(relative(process.cwd(), root), '<out>')
			.replaceAll(root, '<out>')
			.replaceAll(`${fixtures}/`, '');
	const lines = [
		...report.imported.map((i) => `${i.outcome} ${stable(i.target)} from ${stable(i.source)}`),
		...report.warnings.map((w) => `${w.kind}: ${stable(w.at ?? w.file)}: ${stable(w.message)}`),
		...report.failed.map((f) => `failed: ${stable(f.file)}: ${stable(f.reason)}`),
		...report.refused.map((f) => `refused: ${stable(f)}`),
		...report.fidelity.map(
			(f) =>
				`fidelity: ${stable(f.target)}: ${f.runs.length} runs, ${f.missing.length === 0 ? 'every one kept' : `lost ${JSON.stringify(f.missing.map((m) => `${stable(m.at)} ${m.text}`))}`}`,
		),
	];
	return `${lines.join('\n')}\n`;
}

/** Imports a fixture folder; returns the MDX of its `input` article, its English source and the report. */
function run(name: string) {
	const locale = fixtureLocales[name] ?? 'en-us';
	const root = mkdtempSync(join(tmpdir(), 'import-'));
	const out = join(root, 'content');
	const report = importLearn({ inputs: [join(fixtures, name)], locale, out });
	const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
	const target = join(out, 'articles', locale, 'input.mdx');
	return {
		root,
		out,
		target,
		locale,
		mdx: read(target),
		english: locale === 'en-us' ? '' : read(join(out, 'articles/en-us/input.mdx')),
		report: reportText(report, root),
	};
}

/** The HTML the site renders for an imported article (every per-file check passing). */
async function html(root: string, locale: Locale, source: string): Promise<string> {
	const compiled = await compileArticle(
		{ file: `content/articles/${locale}/input.mdx`, folder: locale, slug: 'input', source },
		{ root, context: { oauthCodes: new Set(), articles: new Map() } },
		renderer,
	);
	expect(compiled.diagnostics).toEqual([]);
	return `${compiled.rendered?.html ?? ''}\n`;
}

describe('import:learn, one fixture per construct: the exact MDX, HTML and report', () => {
	for (const name of readdirSync(fixtures).sort()) {
		test(name, async () => {
			const { root, locale, mdx, english, report } = run(name);
			await expect(report).toMatchFileSnapshot(`./fixtures/${name}/report.txt`);
			await expect(mdx).toMatchFileSnapshot(`./fixtures/${name}/expected.mdx`);
			if (mdx)
				await expect(await html(root, locale, mdx)).toMatchFileSnapshot(
					`./fixtures/${name}/expected.html`,
				);
			if (english)
				await expect(english).toMatchFileSnapshot(`./fixtures/${name}/expected.en-us.mdx`);
		});
	}

	test('copies media that exists next to the source into public/media/<slug>/', () => {
		const { out } = run('images');
		expect(readFileSync(join(out, '..', 'public', 'media', 'input', 'diagram.png'))).toEqual(
			readFileSync(join(fixtures, 'images/media/diagram.png')),
		);
	});
});

describe('importing again', () => {
	/** Every file under a folder with its modification time. */
	const snapshot = (root: string) =>
		readdirSync(root, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile())
			.map((e) => `${join(e.parentPath, e.name)} ${statSync(join(e.parentPath, e.name)).mtimeMs}`)
			.sort();

	test('an unchanged re-import changes no file', () => {
		const { root, out } = run('images');
		const before = snapshot(root);
		const again = importLearn({ inputs: [join(fixtures, 'images')], locale: 'en-us', out });
		expect(again.imported.map((i) => i.outcome)).toEqual(['unchanged']);
		expect(snapshot(root)).toEqual(before);
	});

	test('a file edited since the import is listed and left alone unless asked to overwrite; an untouched one is updated', () => {
		const source = mkdtempSync(join(tmpdir(), 'learn-'));
		cpSync(join(fixtures, 'anchors-and-links'), source, { recursive: true });
		const out = join(mkdtempSync(join(tmpdir(), 'import-')), 'content');
		importLearn({ inputs: [source], locale: 'en-us', out });
		const edited = join(out, 'articles/en-us/input.mdx');
		writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nA sentence a writer added.\n`);
		writeFileSync(
			join(source, 'sibling-article.md'),
			`${readFileSync(join(source, 'sibling-article.md'), 'utf8')}\nNew on Learn.\n`,
		);
		const again = importLearn({ inputs: [source], locale: 'en-us', out });
		expect(again.refused).toEqual([relative(process.cwd(), edited)]);
		expect(again.imported.map((i) => `${i.outcome} ${relative(out, i.target)}`)).toEqual([
			'updated articles/en-us/sibling-article.mdx',
		]);
		expect(readFileSync(edited, 'utf8')).toContain('A sentence a writer added.');
		const forced = importLearn({ inputs: [source], locale: 'en-us', out, overwrite: true });
		expect(forced.imported.map((i) => `${i.outcome} ${relative(out, i.target)}`)).toEqual([
			'overwritten articles/en-us/input.mdx',
			'unchanged articles/en-us/sibling-article.mdx',
		]);
		expect(readFileSync(edited, 'utf8')).not.toContain('A sentence a writer added.');
	});
});

describe('errorCodesFrom', () => {
	test.each([
		[
			[
				'Error AADSTS50011 - The reply URL',
				'# Fix aadsts50011',
				'error-code-AADSTS50011-reply-url-mismatch.md',
			],
			['AADSTS50011'],
		],
		[
			[undefined, 'AADSTS9000411: Teams', 'addressing-teams-sign-in-error-aadsts9000411.md'],
			['AADSTS9000411'],
		],
		[['Application errors', undefined, 'application-errors.md'], []],
		[['AADSTS1234 is too short, XAADSTS50011 is another word', undefined, 'x.md'], []],
	])('%j → %j', (places, codes) => {
		expect(errorCodesFrom(places)).toEqual(codes);
	});
});

describe('slugOf', () => {
	test.each([
		['error-code-AADSTS50011-reply-url-mismatch.md', 'error-code-aadsts50011-reply-url-mismatch'],
		['docs/user-receives-error-Yammer-is-disabled.md', 'user-receives-error-yammer-is-disabled'],
		['Some File_Name.MD', 'some-file-name'],
	])('%s → %s (the same in every locale)', (file, slug) => {
		expect(slugOf(file)).toBe(slug);
	});
});
