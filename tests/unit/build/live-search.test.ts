import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AstroPrerenderer, RouteData } from 'astro';
import { describe, expect, test } from 'vitest';
import { htmlFileOf, indexOrder, liveSearch, pathOf } from '../../../src/build/live-search.ts';
import type { Locale } from '../../../src/i18n/locales.ts';
import type { SearchIndexer } from '../../../src/search/pagefind-index.ts';

const page = { type: 'page', isIndex: false } as RouteData;
const endpoint = { type: 'endpoint', isIndex: false } as RouteData;

/** The pages of a small site in the order its routes list them (articles, a twin, the rest). */
const paths = [
	{ pathname: '/', route: page },
	{ pathname: '/en-us/troubleshoot/a', route: page },
	{ pathname: '/ja-jp/troubleshoot/a', route: page },
	{ pathname: '/en-us/troubleshoot/b', route: page },
	{ pathname: '/ja-jp/troubleshoot/b', route: page },
	{ pathname: '/en-us/troubleshoot/a/index.md', route: endpoint },
	{ pathname: '/en-us/errors', route: page },
	{ pathname: '/ja-jp/errors', route: page },
];
/** The article pages as their route lists them (b before a: the route's order, not the name's). */
const searched = [
	'en-us/troubleshoot/b/index.html',
	'en-us/troubleshoot/a/index.html',
	'ja-jp/troubleshoot/b/index.html',
	'ja-jp/troubleshoot/a/index.html',
];

/** Astro's prerenderer, as far as the wrapper sees it: each page's HTML names its URL. */
const astro: AstroPrerenderer = {
	name: 'astro:default',
	getStaticPaths: async () => paths,
	render: async (request) =>
		new Response(`<html data-url="${request.url}"></html>`, {
			headers: { 'content-type': 'text/html' },
		}),
};

/** An indexer that logs what it is given (and whether a page came with another page's HTML). */
function loggedIndexer(log: string[]): SearchIndexer {
	const fileOf = (html: string) =>
		/data-url="http:\/\/localhost\/docs\/(.*?)"/.exec(html)?.[1]?.concat('index.html');
	return {
		add: (p) =>
			void log.push(
				`add ${p.file}${p.html === undefined ? ' (read from its file)' : fileOf(p.html) === p.file ? '' : ` with the HTML of ${p.html}`}`,
			),
		write: async (locale) => {
			log.push(`write ${locale}`);
			return 3;
		},
		close: async () => void log.push('close'),
	};
}

/** An output folder holding `files`. */
function output(files: readonly string[]): string {
	const dir = mkdtempSync(join(tmpdir(), 'live-search-'));
	for (const file of files) {
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		writeFileSync(join(dir, file), '<html></html>');
	}
	return dir;
}

const htmlFiles = [
	'index.html',
	'en-us/troubleshoot/a/index.html',
	'en-us/troubleshoot/b/index.html',
	'en-us/errors/index.html',
	'ja-jp/troubleshoot/a/index.html',
	'ja-jp/troubleshoot/b/index.html',
	'ja-jp/errors/index.html',
];

const config = { base: '/docs', build: { format: 'directory' as const } } as Parameters<
	typeof liveSearch
>[1];

/**
 * Search indexing for a build whose output holds `files` and that carries `carried` pages over,
 * its indexer logging into `log`.
 */
function searchOf(log: string[], carried: number, files: readonly string[] = htmlFiles) {
	return liveSearch(output(files), config, {
		start: async (_dist: string, ids?: readonly Locale[]) => {
			log.push(`start ${ids?.join(' ')}`);
			return loggedIndexer(log);
		},
		plannedRender: () => ({ carried, searched }),
	});
}

/** Renders the site as Astro does (one page after another, in the order given) through `search`. */
async function renderSite(search: ReturnType<typeof liveSearch>, log: string[]) {
	const wrapped = search.prerenderer(astro);
	const order = await wrapped.getStaticPaths();
	const bodies: string[] = [];
	for (const { pathname, route } of order) {
		log.push(`render ${pathname}`);
		const url = `http://localhost/docs${pathname === '/' ? '/' : `${pathname}/`}`;
		const result = await wrapped.render(new Request(url), { routeData: route });
		bodies.push(await (result instanceof Response ? result : result.response).text());
	}
	return { order: order.map((p) => p.pathname), bodies };
}

describe('live search indexing: a build that renders every page indexes each locale as soon as it is rendered', () => {
	test('pages render locale by locale (Japanese, the costliest to index, first); each locale is written after its last page, its pages in index order', async () => {
		const log: string[] = [];
		const search = searchOf(log, 0);
		const { order, bodies } = await renderSite(search, log);
		expect(order).toEqual([
			'/',
			'/ja-jp/troubleshoot/a',
			'/ja-jp/troubleshoot/b',
			'/ja-jp/errors',
			'/en-us/troubleshoot/a',
			'/en-us/troubleshoot/b',
			'/en-us/troubleshoot/a/index.md',
			'/en-us/errors',
		]);
		expect(log).toEqual([
			'start en-us zh-cn ja-jp de-de fr-fr ar-sa',
			'render /',
			'render /ja-jp/troubleshoot/a',
			'render /ja-jp/troubleshoot/b',
			'add ja-jp/troubleshoot/b/index.html',
			'add ja-jp/troubleshoot/a/index.html',
			'render /ja-jp/errors',
			'add ja-jp/errors/index.html',
			'write ja-jp',
			'render /en-us/troubleshoot/a',
			'render /en-us/troubleshoot/b',
			'add en-us/troubleshoot/b/index.html',
			'add en-us/troubleshoot/a/index.html',
			'render /en-us/troubleshoot/a/index.md',
			'render /en-us/errors',
			'add en-us/errors/index.html',
			'write en-us',
		]);
		// Astro still gets every page's body, after the wrapper has read it.
		expect(bodies[1]).toBe('<html data-url="http://localhost/docs/ja-jp/troubleshoot/a/"></html>');
		expect(await search.write(['en-us', 'ja-jp'], searched)).toEqual({ 'en-us': 3, 'ja-jp': 3 });
		expect(log.at(-1)).toBe('close');
	});

	test('a page the index was given and the output lacks stops the build, naming it', async () => {
		const log: string[] = [];
		const search = searchOf(
			log,
			0,
			htmlFiles.filter((f) => f !== 'ja-jp/errors/index.html'),
		);
		await renderSite(search, log);
		await expect(search.write(['ja-jp'], searched)).rejects.toThrow(
			'the search index of ja-jp was built from the pages Astro rendered, and ja-jp/errors/index.html is not in the output',
		);
		expect(log.at(-1)).toBe('close');
	});

	test('an incremental build keeps Astro’s order and indexes only the locales asked, from their files, in the same order', async () => {
		const log: string[] = [];
		const search = searchOf(log, 3);
		const { order } = await renderSite(search, log);
		expect(order).toEqual(paths.map((p) => p.pathname));
		// Started before the pages render, for whichever locales turn out to have changed.
		expect(log[0]).toBe('start en-us zh-cn ja-jp de-de fr-fr ar-sa');
		log.length = 0;
		expect(await search.write(['en-us'], searched)).toEqual({ 'en-us': 3 });
		expect(log).toEqual([
			'add en-us/troubleshoot/b/index.html (read from its file)',
			'add en-us/troubleshoot/a/index.html (read from its file)',
			'add en-us/errors/index.html (read from its file)',
			'write en-us',
			'close',
		]);
	});
});

describe('an incremental build that changes no locale', () => {
	test('writes no index, and stops the Pagefind it started', async () => {
		const log: string[] = [];
		const search = searchOf(log, 7);
		await renderSite(search, log);
		log.length = 0;
		expect(await search.write([], searched)).toEqual({});
		expect(log).toEqual(['close']);
	});
});

describe('indexOrder, htmlFileOf, pathOf', () => {
	test("a locale's article pages in their route's order, then its other pages by name", () => {
		expect(indexOrder('en-us', searched, [...htmlFiles].reverse()).map((p) => p.file)).toEqual([
			'en-us/troubleshoot/b/index.html',
			'en-us/troubleshoot/a/index.html',
			'en-us/errors/index.html',
		]);
	});

	test.each([
		['/de-de/errors', 'directory', false, 'de-de/errors/index.html'],
		['/', 'directory', false, 'index.html'],
		['/404', 'directory', false, '404.html'],
		['/de-de/errors', 'file', false, 'de-de/errors.html'],
		['/de-de/errors/', 'preserve', true, 'de-de/errors/index.html'],
		['/de-de/errors', 'preserve', false, 'de-de/errors.html'],
		['/de-de/über uns', 'directory', false, 'de-de/über uns/index.html'],
	] as const)('htmlFileOf(%j, %s, index: %s) is %s', (pathname, format, isIndex, file) => {
		expect(htmlFileOf(pathname, format, isIndex)).toBe(file);
	});

	test.each([
		['http://localhost/docs/de-de/errors/', '/docs', 'de-de/errors'],
		['http://localhost/docs/de-de/errors/', '/docs/', 'de-de/errors'],
		['http://localhost/de-de/errors.html', '/', 'de-de/errors'],
		['http://localhost/docs/', '/docs', ''],
		['http://localhost/index.html', '/', ''],
		['http://localhost/de-de/%C3%BCber%20uns/', '/', 'de-de/%C3%BCber%20uns'],
	])('pathOf(%s, base %s) is %j', (url, base, path) => {
		expect(pathOf(url, base)).toBe(path);
	});
});
