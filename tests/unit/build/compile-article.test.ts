import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { alertTitlesWith, highlighted } from '../helpers/renderer-options.ts';
import type { ArticleFile } from '../../../src/content/article-files.ts';
import { compileArticle } from '../../../src/build/compile-article.ts';
import { readPacked } from '../../../src/build/article-html.ts';
import { compileArticles, defaultWorkers } from '../../../src/build/compile-pool.ts';
import { formatDiagnostic } from '../../../src/diagnostics/diagnostics.ts';
import { hashSourceFile } from '../../../src/translations/source-version.ts';
import { createArticleRenderer } from '../../../src/markdown/index.ts';

const context = {
	oauthCodes: new Set(['invalid_grant']),
	articles: new Map([['AADSTS50011', 'aadsts50011']]),
};
const settings = { root: '/repo', context };
const alertTitles = alertTitlesWith({ 'zh-cn': { note: '注意' } });
const markdown = highlighted;

const file = (folder: string, slug: string, source: string): ArticleFile => ({
	file: `content/articles/${folder}/${slug}.mdx`,
	folder,
	slug,
	source,
});
const seed = file(
	'zh-cn',
	'a',
	'---\ntitle: 标题\nms.contentlocale: zh-CN\noauthCodes: [invalid_grant, not_a_code]\n---\n## <a name="cause"></a>原因\n\n返回 `invalid_grant` 或 AADSTS50011。参见[解决方法](#fix)。\n\n> [!NOTE]\n> 先注销。\n\n## 解决方法 {/* fix */}\n',
);

describe('compileArticle', () => {
	test('reads the facts the project checks and pages need from one parse', async () => {
		const compiled = await compileArticle(seed, settings);
		expect(compiled.diagnostics).toEqual([]);
		expect(compiled.facts).toEqual({
			anchors: ['cause', '解决方法-'],
			links: [{ url: '#fix', line: 8, column: 36 }],
			oauthCodes: ['invalid_grant'],
			usesSxs: false,
			firstHeading: '原因',
		});
		expect(compiled.versionHash).toBe(hashSourceFile(seed.file, seed.source));
		expect(compiled.rendered).toBeUndefined();
	});

	test('renders a sound article with every plugin: anchors, code links, localized alerts', async () => {
		const renderer = createArticleRenderer({ context, alertTitles, markdown });
		const { rendered } = await compileArticle(seed, settings, renderer);
		expect(rendered?.headings).toEqual([
			{ depth: 2, slug: 'cause', text: '原因' },
			{ depth: 2, slug: '解决方法-', text: '解决方法 ' },
		]);
		expect(rendered?.html).toBe(
			'<div class="heading-wrapper heading-wrapper-h2"><h2 id="cause">原因</h2><a class="heading-link" href="#cause" aria-labelledby="heading-link-label cause" data-pagefind-ignore=""><span aria-hidden="true">#</span></a></div>\n<p>返回 <a href="../../reference/oauth-errors/invalid_grant/" data-code-link="oauth"><code>invalid_grant</code></a> 或 <a href="../aadsts50011/" data-code-link="aadsts">AADSTS50011</a>。参见<a href="#fix">解决方法</a>。</p>\n<div class="alert alert-note" role="note"><p class="alert-title">注意</p><p>先注销。</p></div>\n<div class="heading-wrapper heading-wrapper-h2"><h2 id="解决方法-">解决方法 </h2><a class="heading-link" href="#解决方法-" aria-labelledby="heading-link-label 解决方法-" data-pagefind-ignore=""><span aria-hidden="true">#</span></a></div>',
		);
	});

	test('a translation whose ms.contentlocale disagrees with its folder is an error on its line', async () => {
		const wrong = file(
			'zh-cn',
			'a',
			'---\ntitle: T\nms.date: 03/19/2021\nms.contentlocale: zh-TW\n---\n',
		);
		expect((await compileArticle(wrong, settings)).diagnostics.map(formatDiagnostic)).toEqual([
			'content/articles/zh-cn/a.mdx:4:1  error  field "ms.contentlocale": expected zh-CN for a file in content/articles/zh-cn/; got "zh-TW"  (content-locale)',
		]);
	});

	test('a file with errors of its own is checked but not rendered', async () => {
		const renderer = createArticleRenderer({ context, alertTitles, markdown });
		const unsafe = await compileArticle(
			file('en-us', 'b', '---\ntitle: T\n---\n<script>x</script>\n'),
			settings,
			renderer,
		);
		expect(unsafe.diagnostics.map(formatDiagnostic)).toEqual([
			'content/articles/en-us/b.mdx:4:1  error  <script> is not allowed in content: articles cannot run code  (content-html)',
		]);
		expect(unsafe.rendered).toBeUndefined();
	});

	test('an element the renderer could not write is an error of the safety check, at its line', async () => {
		const renderer = createArticleRenderer({ context, alertTitles, markdown });
		const odd = await compileArticle(
			file('en-us', 'c', '---\ntitle: T\n---\nText\n\n<svg.rect />\n'),
			settings,
			renderer,
		);
		expect(odd.diagnostics.map(formatDiagnostic)).toEqual([
			'content/articles/en-us/c.mdx:6:1  error  <svg.rect>: expected an HTML element written in lowercase, such as <kbd>, or one of <Alert>, <Sxs>  (mdx-safety)',
		]);
		expect(odd.rendered).toBeUndefined();
	});

	test('a failure while rendering is an error at its line, not a missing page', async () => {
		const failing = {
			render: () =>
				Promise.reject(
					Object.assign(new Error('Shiki failed'), {
						line: 5,
						column: 3,
						reason: 'Shiki failed on language "x"',
					}),
				),
		};
		const compiled = await compileArticle(
			file('en-us', 'd', '---\ntitle: T\n---\nText\n'),
			settings,
			failing,
		);
		expect(compiled.diagnostics.map(formatDiagnostic)).toEqual([
			'content/articles/en-us/d.mdx:5:3  error  could not render: Shiki failed on language "x"  (render)',
		]);
	});

	test('codes in an alert link as they do elsewhere (the alert marker is cut from the same text)', async () => {
		const renderer = createArticleRenderer({ context, alertTitles, markdown });
		const { rendered } = await compileArticle(
			file(
				'en-us',
				'e',
				'---\ntitle: T\n---\n> [!NOTE]\n> See AADSTS50011 and invalid_grant now.\n',
			),
			settings,
			renderer,
		);
		expect(rendered?.html).toBe(
			'<div class="alert alert-note" role="note"><p class="alert-title">Note</p><p>See <a href="../aadsts50011/" data-code-link="aadsts">AADSTS50011</a> and <a href="../../reference/oauth-errors/invalid_grant/" data-code-link="oauth">invalid_grant</a> now.</p></div>',
		);
	});

	test('heading ids are the text as read: a bilingual heading counts its translation, as the link check does', async () => {
		const renderer = createArticleRenderer({ context, alertTitles, markdown });
		const compiled = await compileArticle(
			file(
				'de-de',
				'f',
				'---\ntitle: T\n---\n## <Sxs en="Cause">Ursache</Sxs>\n\n## Lösung {/* für Übersetzer */}\n\n## <a name="old"></a>Alt\n',
			),
			settings,
			renderer,
		);
		const ids = compiled.rendered?.headings.map((h) => h.slug);
		expect(ids).toEqual(['ursache', 'lösung-', 'old']);
		expect(compiled.facts?.anchors).toEqual(expect.arrayContaining(ids ?? []));
		expect(compiled.rendered?.headings.map((h) => h.text)).toEqual(['Ursache', 'Lösung ', 'Alt']);
	});
});

describe('compileArticles', () => {
	test('by default a small site compiles in the build thread, a large one on every core', () => {
		// The bench's 20 articles × 6 locales; the thresholds; 200 × 6 on two cores; 1,000 × 6 on eight and one.
		expect(defaultWorkers(120, 2)).toBe(0);
		expect(defaultWorkers(319, 8)).toBe(0);
		expect(defaultWorkers(320, 8)).toBe(2);
		expect(defaultWorkers(1200, 2)).toBe(2);
		expect(defaultWorkers(6000, 8)).toBe(8);
		expect(defaultWorkers(6000, 1)).toBe(1);
	});

	test('worker processes give the same results, in the order of the files, and write the same HTML', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'compile-'));
		const jobs = Array.from({ length: 30 }, (_, i) =>
			file(
				'en-us',
				`s${i}`,
				`---\ntitle: T${i}\n---\n## Part ${i}\n\n\`invalid_grant\` ${'text '.repeat(i)}\n`,
			),
		);
		const render = (run: string) => ({ alertTitles, markdown, packs: join(dir, run) });
		const here = await compileArticles(jobs, { ...settings, render: render('here'), workers: 0 });
		const inWorkers = await compileArticles(jobs, {
			...settings,
			render: render('workers'),
			workers: 2,
		});
		const withoutPack = (list: typeof here) =>
			list.map(({ rendered, ...rest }) => ({ ...rest, headings: rendered?.headings }));
		expect(withoutPack(inWorkers)).toEqual(withoutPack(here));
		expect(inWorkers.map((c) => c.rendered?.headings[0]?.text)).toEqual(
			jobs.map((_, i) => `Part ${i}`),
		);
		// One pack per process: this one, or each of the two workers.
		const packsOf = (list: typeof here) => new Set(list.map((c) => c.rendered?.packed.pack));
		expect(packsOf(here).size).toBe(1);
		expect(packsOf(inWorkers).size).toBe(2);
		const read = (c: (typeof here)[number], part: 'html' | 'twin') =>
			c.rendered ? readPacked(c.rendered.packed, part, c.file) : '';
		for (let i = 0; i < 30; i++)
			for (const part of ['html', 'twin'] as const)
				expect(read(inWorkers[i]!, part)).toBe(read(here[i]!, part));
		expect(read(inWorkers[1]!, 'html')).toBe(
			'<div class="heading-wrapper heading-wrapper-h2"><h2 id="part-1">Part 1</h2><a class="heading-link" href="#part-1" aria-labelledby="heading-link-label part-1" data-pagefind-ignore=""><span aria-hidden="true">#</span></a></div>\n<p><a href="../../reference/oauth-errors/invalid_grant/" data-code-link="oauth"><code>invalid_grant</code></a> text</p>',
		);
	});

	test('a pack that cannot be written stops the pool, naming the file being compiled', async () => {
		const jobs = [
			file('en-us', 'a', '---\ntitle: A\n---\nText\n'),
			file('en-us', 'b', '---\ntitle: B\n---\nText\n'),
		];
		const packs = '/dev/null/cache/load';
		await expect(
			compileArticles(jobs, { ...settings, render: { alertTitles, markdown, packs }, workers: 2 }),
		).rejects.toThrow(
			/^compiling articles failed: content\/articles\/en-us\/[ab]\.mdx: Error: ENOTDIR/,
		);
	});
});
