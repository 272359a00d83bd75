import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, test } from 'vitest';
import { articleLoader, type ArticleMetadata } from '../../../src/build/article-loader.ts';
import { tempProject } from '../helpers/temp-project.ts';

type Entry = Parameters<LoaderContext['store']['set']>[0];

const metadataOf = (entry: Entry | undefined) =>
	entry?.rendered?.metadata as unknown as ArticleMetadata;
const htmlOf = (entry: Entry | undefined) => readFileSync(metadataOf(entry).htmlFile, 'utf8');

/** A loader context over a project folder: an in-memory store, a logger that records, no Vite. */
function contextOf(root: string, command: 'build' | 'dev' = 'build') {
	const entries = new Map<string, Entry>();
	const logged: string[] = [];
	const written: string[] = [];
	const store = {
		get: (id: string) => entries.get(id),
		set: (entry: Entry) => (written.push(entry.id), entries.set(entry.id, entry), true),
		delete: (id: string) => void entries.delete(id),
		keys: () => [...entries.keys()],
		values: () => [...entries.values()],
		has: (id: string) => entries.has(id),
	};
	const context = {
		collection: 'articles',
		store,
		logger: {
			error: (m: string) => logged.push(`error: ${m}`),
			warn: (m: string) => logged.push(`warn: ${m}`),
			info: () => {},
		},
		config: {
			root: pathToFileURL(`${root}/`),
			cacheDir: pathToFileURL(`${root}/.cache/`),
			markdown: {
				shikiConfig: {
					themes: { light: 'github-light', dark: 'github-dark' },
					defaultColor: false,
				},
				syntaxHighlight: 'shiki',
			},
		},
		parseData: async ({ data }: { data: Record<string, unknown> }) => data,
		generateDigest: (text: string) => createHash('sha1').update(text).digest('hex'),
		...(command === 'dev' ? { watcher: { on: () => {} } } : {}),
	} as unknown as LoaderContext;
	return { context, entries, logged, written, load: () => articleLoader().load(context) };
}

const valid = (title = 'A') => `---\ntitle: ${title}\nms.date: 03/19/2021\n---\n## Cause\n\nText\n`;

describe('the articles loader checks content before Astro builds a page', () => {
	const broken = {
		'content/articles/en-us/a.mdx': '---\ntitle: A\nms.date: 2021-03-19\n---\nText\n',
	};

	test('a build with a broken article stops, naming file, line, field and value', async () => {
		const { load, logged, entries } = contextOf(tempProject(broken));
		await expect(load()).rejects.toThrow(
			'Content has 1 error (listed above); fix them and build again. Nothing was written.',
		);
		expect(logged).toEqual([
			'error: content/articles/en-us/a.mdx:3:10  error  field "ms.date": expected a date written as MM/DD/YYYY, such as 03/19/2021; got "2021-03-19"  (front-matter)',
		]);
		expect(entries.size).toBe(0);
	});

	test('the dev server reports the same problem and keeps running', async () => {
		const { load, logged } = contextOf(tempProject(broken), 'dev');
		await expect(load()).resolves.toBeUndefined();
		expect(logged).toHaveLength(1);
	});

	test('a broken registry stops the build too, naming its file and line', async () => {
		const { load, logged } = contextOf(
			tempProject({
				'content/articles/en-us/a.mdx': valid(),
				'content/reference/oauth-errors.yaml': 'codes: [',
			}),
		);
		await expect(load()).rejects.toThrow('Content has 1 error');
		expect(logged).toHaveLength(1);
		expect(logged[0]).toMatch(
			/^error: content\/reference\/oauth-errors\.yaml:1:\d+ {2}error {2}not valid YAML: /,
		);
	});

	test('valid content passes silently and is stored as HTML with its headings', async () => {
		const { load, logged, entries } = contextOf(
			tempProject({ 'content/articles/en-us/a.mdx': valid() }),
		);
		await load();
		expect(logged).toEqual([]);
		const entry = entries.get('en-us/a');
		expect(htmlOf(entry)).toBe(
			'<div class="heading-wrapper heading-wrapper-h2"><h2 id="cause">Cause</h2><a class="heading-link" href="#cause" aria-labelledby="heading-link-label cause" data-pagefind-ignore=""><span aria-hidden="true">#</span></a></div>\n<p>Text</p>',
		);
		expect(entry?.rendered?.metadata?.headings).toEqual([
			{ depth: 2, slug: 'cause', text: 'Cause' },
		]);
		// Neither the body nor the HTML weighs on the data store (Astro bundles the whole store).
		expect(entry?.body).toBeUndefined();
		expect(entry?.rendered?.html).toBe('');
	});
});

describe('the articles loader compiles only what changed', () => {
	test('a second load compiles nothing; an edited file is compiled again, alone', async () => {
		const root = tempProject({
			'content/articles/en-us/a.mdx': valid('A'),
			'content/articles/en-us/b.mdx': valid('B'),
		});
		const { load, written, entries } = contextOf(root);
		await load();
		expect(written.sort()).toEqual(['en-us/a', 'en-us/b']);
		written.length = 0;
		await load();
		expect(written).toEqual([]);
		writeFileSync(join(root, 'content/articles/en-us/b.mdx'), valid('B2'));
		await load();
		expect(written).toEqual(['en-us/b']);
		expect(entries.get('en-us/b')?.data['title']).toBe('B2');
	});

	test('a new article with an AADSTS code recompiles the articles that may link it', async () => {
		const root = tempProject({
			'content/articles/en-us/a.mdx': valid().replace('Text', 'See AADSTS50011.'),
		});
		const { load, written, entries } = contextOf(root);
		await load();
		writeFileSync(join(root, 'content/articles/en-us/aadsts50011.mdx'), valid('Redirect'));
		written.length = 0;
		await load();
		expect(written.sort()).toEqual(['en-us/a', 'en-us/aadsts50011']);
		expect(htmlOf(entries.get('en-us/a'))).toContain(
			'<a href="../aadsts50011/" data-code-link="aadsts">AADSTS50011</a>',
		);
	});

	test('a deleted file leaves the store, and its HTML and Markdown the cache', async () => {
		const root = tempProject({
			'content/articles/en-us/a.mdx': valid(),
			'content/articles/en-us/b.mdx': valid('B'),
		});
		const { load, entries } = contextOf(root);
		await load();
		const cached = readdirSync(join(root, '.cache/article-html/build'));
		expect(cached).toHaveLength(4);
		rmSync(join(root, 'content/articles/en-us/b.mdx'));
		await load();
		expect([...entries.keys()]).toEqual(['en-us/a']);
		const html = basename(metadataOf(entries.get('en-us/a')).htmlFile);
		expect(readdirSync(join(root, '.cache/article-html/build')).sort()).toEqual([
			html,
			html.replace(/\.html$/, '.md'),
		]);
	});

	test('an entry whose HTML file is gone is compiled again', async () => {
		const root = tempProject({
			'content/articles/en-us/a.mdx': valid(),
			'content/articles/en-us/b.mdx': valid('B'),
		});
		const { load, written, entries } = contextOf(root);
		await load();
		rmSync(metadataOf(entries.get('en-us/b')).htmlFile);
		written.length = 0;
		await load();
		expect(written).toEqual(['en-us/b']);
		expect(htmlOf(entries.get('en-us/b'))).toContain(
			'<div class="heading-wrapper heading-wrapper-h2"><h2 id="cause">Cause</h2><a class="heading-link" href="#cause" aria-labelledby="heading-link-label cause" data-pagefind-ignore=""><span aria-hidden="true">#</span></a></div>',
		);
	});

	test('an entry whose Markdown body is gone is compiled again', async () => {
		const root = tempProject({ 'content/articles/en-us/a.mdx': valid() });
		const { load, written, entries } = contextOf(root);
		await load();
		const twin = metadataOf(entries.get('en-us/a')).htmlFile.replace(/\.html$/, '.md');
		expect(readFileSync(twin, 'utf8')).toContain('## Cause');
		rmSync(twin);
		written.length = 0;
		await load();
		expect(written).toEqual(['en-us/a']);
		expect(readFileSync(twin, 'utf8')).toContain('## Cause');
	});

	test("the dev server and builds keep their HTML apart, so neither prunes the other's", async () => {
		const root = tempProject({ 'content/articles/en-us/a.mdx': valid() });
		const build = contextOf(root);
		await build.load();
		writeFileSync(join(root, 'content/articles/en-us/a.mdx'), valid('Edited in dev'));
		await contextOf(root, 'dev').load();
		writeFileSync(join(root, 'content/articles/en-us/a.mdx'), valid());
		build.written.length = 0;
		await build.load();
		expect(build.written).toEqual([]);
		expect(htmlOf(build.entries.get('en-us/a'))).toContain('Cause');
	});

	test('a file copied to start a translation renders in its own locale', async () => {
		const source = '---\ntitle: A\nms.date: 03/19/2021\n---\n> [!NOTE]\n> Text\n';
		const { load, entries } = contextOf(
			tempProject({
				'content/articles/en-us/a.mdx': source,
				'content/articles/fr-fr/a.mdx': source,
			}),
		);
		await load();
		expect(htmlOf(entries.get('en-us/a'))).toContain('<p class="alert-title">Note</p>');
		expect(htmlOf(entries.get('fr-fr/a'))).toContain('<p class="alert-title">Remarque</p>');
	});
});
