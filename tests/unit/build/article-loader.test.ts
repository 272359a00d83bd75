import { createHash } from 'node:crypto';
import { readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, test } from 'vitest';
import { packedBytes, readPacked } from '../../../src/build/article-html.ts';
import { articleLoader, type ArticleMetadata } from '../../../src/build/article-loader.ts';
import { tempProject } from '../helpers/temp-project.ts';

type Entry = Parameters<LoaderContext['store']['set']>[0];

const metadataOf = (entry: Entry | undefined) =>
	entry?.rendered?.metadata as unknown as ArticleMetadata;
const htmlOf = (entry: Entry | undefined) =>
	readPacked(metadataOf(entry).packed, 'html', entry?.id ?? '');
const twinOf = (entry: Entry | undefined) =>
	readPacked(metadataOf(entry).packed, 'twin', entry?.id ?? '');
/** The packs in a project's build cache. */
const packsIn = (root: string) => readdirSync(join(root, '.cache/article-html/build')).sort();

/** A loader context over a project folder: an in-memory store, a logger that records, no Vite. */
function contextOf(root: string, command: 'build' | 'dev' = 'build') {
	const entries = new Map<string, Entry>();
	const logged: string[] = [];
	const written: string[] = [];
	const store = {
		get: (id: string) => entries.get(id),
		// As Astro's store: an entry whose digest is unchanged is kept as it is.
		set: (entry: Entry) => {
			if (entry.digest && entries.get(entry.id)?.digest === entry.digest) return false;
			written.push(entry.id);
			entries.set(entry.id, entry);
			return true;
		},
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

	test('a deleted file leaves the store; a pack goes once no entry needs it', async () => {
		const root = tempProject({
			'content/articles/en-us/a.mdx': valid(),
			'content/articles/en-us/b.mdx': valid('B'),
		});
		const { load, entries } = contextOf(root);
		await load();
		const [first] = packsIn(root);
		expect(packsIn(root)).toEqual([expect.stringMatching(/\.pack$/)]);
		writeFileSync(join(root, 'content/articles/en-us/a.mdx'), valid('A, edited'));
		await load();
		rmSync(join(root, 'content/articles/en-us/b.mdx'));
		await load();
		expect([...entries.keys()]).toEqual(['en-us/a']);
		// Only a's new pack is left: b's pack held nothing else an entry needs.
		expect(packsIn(root)).toEqual([basename(metadataOf(entries.get('en-us/a')).packed.pack)]);
		expect(packsIn(root)).not.toContain(first);
		expect(htmlOf(entries.get('en-us/a'))).toContain('Cause');
	});

	test('the dev server removes a pack one load after no entry needs it (pages being served still read it)', async () => {
		const root = tempProject({ 'content/articles/en-us/a.mdx': valid() });
		const { load, entries } = contextOf(root, 'dev');
		const devPacks = () => readdirSync(join(root, '.cache/article-html/dev')).sort();
		const packOf = () => basename(metadataOf(entries.get('en-us/a')).packed.pack);
		await load();
		const first = packOf();
		writeFileSync(join(root, 'content/articles/en-us/a.mdx'), valid('A, edited'));
		await load();
		const second = packOf();
		expect(devPacks()).toEqual([first, second].sort());
		writeFileSync(join(root, 'content/articles/en-us/a.mdx'), valid('A, edited again'));
		await load();
		expect(devPacks()).toEqual([second, packOf()].sort());
	});

	test('entries of a pack mostly taken by HTML no entry needs are moved to a new pack', async () => {
		const long = (title: string) => valid(title) + 'More text.\n'.repeat(400);
		const root = tempProject({
			'content/articles/en-us/a.mdx': valid(),
			'content/articles/en-us/b.mdx': long('B'),
			'content/articles/en-us/c.mdx': long('C'),
		});
		const { load, entries, written } = contextOf(root);
		await load();
		const [old] = packsIn(root);
		writeFileSync(join(root, 'content/articles/en-us/b.mdx'), valid('B'));
		written.length = 0;
		await load();
		// b was compiled again, to a pack of its own; a and c are still where they were (more than
		// half of the old pack is still in use).
		expect(written).toEqual(['en-us/b']);
		expect(packsIn(root)).toHaveLength(2);
		writeFileSync(join(root, 'content/articles/en-us/c.mdx'), valid('C'));
		written.length = 0;
		await load();
		// Now most of the old pack is HTML no entry has: a is moved, not compiled again, and the
		// old pack is removed.
		expect(written).toEqual(['en-us/c', 'en-us/a']);
		expect(packsIn(root)).toHaveLength(3);
		expect(packsIn(root)).not.toContain(old);
		const a = entries.get('en-us/a');
		expect(statSync(metadataOf(a).packed.pack).size).toBe(packedBytes(metadataOf(a).packed));
		expect(htmlOf(a)).toContain('<h2 id="cause">Cause</h2>');
		expect(twinOf(a)).toContain('## Cause');
	});

	test('an entry whose HTML is cut short in its pack is compiled again', async () => {
		const root = tempProject({
			'content/articles/en-us/a.mdx': valid(),
			'content/articles/en-us/b.mdx': valid('B'),
		});
		const { load, written, entries } = contextOf(root);
		await load();
		const { packed } = metadataOf(entries.get('en-us/b'));
		truncateSync(packed.pack, packed.at + 10);
		written.length = 0;
		await load();
		expect(written).toEqual(['en-us/b']);
		expect(htmlOf(entries.get('en-us/b'))).toContain(
			'<div class="heading-wrapper heading-wrapper-h2"><h2 id="cause">Cause</h2><a class="heading-link" href="#cause" aria-labelledby="heading-link-label cause" data-pagefind-ignore=""><span aria-hidden="true">#</span></a></div>',
		);
	});

	test('an entry whose Markdown body is cut short in its pack is compiled again', async () => {
		const root = tempProject({ 'content/articles/en-us/a.mdx': valid() });
		const { load, written, entries } = contextOf(root);
		await load();
		expect(twinOf(entries.get('en-us/a'))).toContain('## Cause');
		const { packed } = metadataOf(entries.get('en-us/a'));
		truncateSync(packed.pack, packed.at + packedBytes(packed) - 1);
		written.length = 0;
		await load();
		expect(written).toEqual(['en-us/a']);
		expect(twinOf(entries.get('en-us/a'))).toContain('## Cause');
	});

	test('reading an entry whose pack is gone fails naming the entry', async () => {
		const root = tempProject({ 'content/articles/en-us/a.mdx': valid() });
		const { load, entries } = contextOf(root);
		await load();
		const { packed } = metadataOf(entries.get('en-us/a'));
		rmSync(packed.pack);
		expect(() => htmlOf(entries.get('en-us/a'))).toThrow(
			`en-us/a: its compiled HTML (${packed.pack}) is missing from the build cache; build again with --force (or restart the dev server)`,
		);
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
