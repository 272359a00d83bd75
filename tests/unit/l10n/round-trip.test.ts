import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { alertTitlesWith, unhighlighted } from '../helpers/renderer-options.ts';
import { compileArticle } from '../../../src/build/compile-article.ts';
import { validateFrontMatter } from '../../../src/content/front-matter.ts';
import { createArticleRenderer } from '../../../src/markdown/index.ts';
import { pseudoText } from '../../../src/l10n/pseudo.ts';
import { articleUnits } from '../../../src/l10n/units.ts';
import { readXliff } from '../../../src/l10n/xliff-read.ts';
import { tempProject } from '../helpers/temp-project.ts';

const run = (root: string, name: string, ...args: string[]) => {
	const result = spawnSync(process.execPath, [resolve(`src/cli/${name}.ts`), ...args], {
		cwd: root,
		encoding: 'utf8',
	});
	return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
};
const slugs = readdirSync('content/articles/en-us').map((f) => f.replace(/\.mdx$/, ''));
const files = Object.fromEntries([
	...slugs.map((s) => [
		`content/articles/en-us/${s}.mdx`,
		readFileSync(`content/articles/en-us/${s}.mdx`, 'utf8'),
	]),
	...readdirSync('content/reference', { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => [`content/reference/${f}`, readFileSync(`content/reference/${f}`, 'utf8')]),
]);
const alertTitles = alertTitlesWith();
const markdown = unhighlighted;
const context = {
	oauthCodes: new Set(['invalid_request', 'invalid_grant', 'invalid_client']),
	articles: new Map(slugs.map((s) => [s.toUpperCase(), s])),
};
const renderer = createArticleRenderer({ context, alertTitles, markdown });
/** An article compiled as the build compiles it: its HTML. */
const html = async (root: string, folder: string, slug: string) => {
	const compiled = await compileArticle(
		{
			file: `content/articles/${folder}/${slug}.mdx`,
			folder,
			slug,
			source: readFileSync(join(root, `content/articles/${folder}/${slug}.mdx`), 'utf8'),
		},
		{ root, context },
		renderer,
	);
	return compiled.rendered?.html ?? '';
};
const textOf = (markup: string) =>
	markup
		.replace(/<[^>]+>/g, '')
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&amp;/g, '&');
// The links the writer wrote (a heading's own section link follows its translated id).
// (Compared as sets: a bilingual sentence shows its English with the same links again.)
const hrefs = (markup: string) =>
	[
		...new Set(
			[...markup.replace(/<a class="heading-link"[^>]*>/g, '').matchAll(/href="([^"]*)"/g)].map(
				(m) => m[1]!.replace('/ja-jp/', '/en-us/'),
			),
		),
	].sort();
const codeSpans = (markup: string) =>
	[...new Set([...markup.matchAll(/<code>(.*?)<\/code>/g)].map((m) => m[1]))].sort();

describe('the XLIFF round trip', () => {
	const root = tempProject(files);

	test('every article out for ja-jp, pseudo-translated, back in: each block shows its translation, codes and links unchanged, status current', async () => {
		expect(run(root, 'l10n-export', '--locale', 'ja-jp', '--pseudo').stdout).toMatch(
			new RegExp(`\\n${slugs.length} files written for ja-jp, \\d+ units to translate$`),
		);
		const imported = run(root, 'l10n-import', ...slugs.map((s) => `xliff/ja-jp/${s}.xlf`));
		expect(imported.stderr).toBe('');
		expect(imported.stdout.split('\n').at(-1)).toBe(`${slugs.length} imported, 0 refused`);
		for (const slug of slugs) {
			const english = readFileSync(join(root, `content/articles/en-us/${slug}.mdx`), 'utf8');
			const translated = await html(root, 'ja-jp', slug);
			const shown = textOf(translated);
			for (const unit of articleUnits(
				english,
				validateFrontMatter('x', english).data!,
			).units.filter((u) => u.range)) {
				for (const token of unit.segments.flat())
					if (token.t === 'text' && /\p{L}{3}/u.test(token.text) && !token.text.includes('\\'))
						expect(shown, `${slug} ${unit.id}`).toContain(pseudoText(token.text).trim());
			}
			const source = await html(root, 'en-us', slug);
			expect(hrefs(translated), slug).toEqual(hrefs(source));
			expect(codeSpans(translated), slug).toEqual(codeSpans(source));
		}
		const checked = run(root, 'check');
		expect(
			checked.stdout
				.split('\n')
				.filter(
					(l) =>
						/\s\serror\s\s/.test(l) ||
						(l.startsWith('0 errors') === false && /^\d+ errors?/.test(l)),
				),
			checked.stdout,
		).toEqual([]);
		expect(run(root, 'translations').stdout).toContain(
			`${slugs.length} current, 0 outdated, ${slugs.length * 4} not translated (fallback), ${slugs.length} sources`,
		);
	}, 120_000);

	test('after one English section changes, only that section’s units go out as initial, with the previous English', () => {
		const file = join(root, 'content/articles/en-us/aadsts50011.mdx');
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace(
				'The match must be exact.',
				'The match must be exact, character for character.',
			),
		);
		expect(run(root, 'translations').stdout).toContain(
			'\noutdated: content/articles/ja-jp/aadsts50011.mdx (sections changed: Cause)',
		);
		expect(run(root, 'l10n-export', '--locale', 'ja-jp').stdout).toBe(
			'xliff/ja-jp/aadsts50011.xlf: 44 units, 1 to translate\n1 file written for ja-jp, 1 unit to translate',
		);
		const doc = readXliff(readFileSync(join(root, 'xliff/ja-jp/aadsts50011.xlf'), 'utf8'));
		const initial = doc.units.filter((u) => u.segments.some((s) => s.state === 'initial'));
		expect(initial.map((u) => [u.id, u.segments.map((s) => s.state), u.notes])).toEqual([
			[
				'cause.p4',
				['initial', 'final'],
				[
					{
						category: 'previousSource',
						text: 'The match must be exact. These differences are the most common:',
					},
				],
			],
		]);
		expect(
			doc.units.filter((u) => u.segments.every((s) => s.state === 'final' && s.target)).length,
		).toBe(43);
	}, 60_000);
});
