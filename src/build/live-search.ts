/**
 * Search indexes written while the site renders. In a build that renders every page, Astro
 * renders the pages one locale after another (the heaviest to index first), and once a locale's
 * last page is rendered its Pagefind index is written on the other core while the next locale
 * renders, instead of every index after the whole site. An incremental build (pages carried
 * over) indexes after the pages are written, and only the locales that changed
 * (search-carry-over.ts).
 *
 * Either way a locale's pages are indexed in one order, which Pagefind's files depend on
 * (`indexOrder`): so a build that indexes live writes the same files as one that does not.
 */
import type { AstroConfig, AstroPrerenderer, RouteData } from 'astro';
import { localeIds, type Locale } from '../i18n/locales.ts';
import { indexedPart } from '../search/indexed-part.ts';
import type { IndexedPage } from '../search/pagefind-locales.ts';
import {
	localeIndexingCost,
	startSearchIndexes,
	type SearchIndexer,
} from '../search/pagefind-index.ts';
import { filesBelow } from './files-below.ts';
import { renderPlan } from './page-carry-over.ts';

type BuildFormat = AstroConfig['build']['format'];

/** The locale of an output file (its first folder), if it is one. */
function localeOf(file: string): Locale | undefined {
	const first = file.split('/')[0];
	return localeIds.find((id) => id === first);
}

/**
 * The order a locale's pages are indexed in: its article pages in the order their route lists
 * them (`articleFiles`, output files of any locale), then its other HTML files by name.
 * @example indexOrder('de-de', ['de-de/troubleshoot/b/index.html', 'de-de/troubleshoot/a/index.html'], ['de-de/errors/index.html', 'de-de/troubleshoot/a/index.html', 'de-de/troubleshoot/b/index.html']) // b, a, errors
 */
export function indexOrder(
	locale: Locale,
	articleFiles: readonly string[],
	htmlFiles: Iterable<string>,
): IndexedPage[] {
	const all = new Set(htmlFiles);
	const articles = articleFiles.filter((file) => localeOf(file) === locale && all.has(file));
	const listed = new Set(articles);
	const others = [...all].filter((file) => !listed.has(file) && localeOf(file) === locale).sort();
	return [...articles, ...others].map((file) => ({ locale, file }));
}

/** The HTML files below a locale's folder of the output, relative to the output folder. */
export function htmlFilesOf(outDir: string, locale: Locale): string[] {
	return filesBelow(`${outDir}/${locale}`)
		.filter((name) => name.endsWith('.html'))
		.map((name) => `${locale}/${name}`);
}

/**
 * The output file of a page (not an endpoint) at `pathname`, as Astro names it.
 * @example htmlFileOf('/de-de/errors', 'directory') // 'de-de/errors/index.html'
 */
export function htmlFileOf(pathname: string, format: BuildFormat, isIndex = false): string {
	const path = pathname.replace(/^\/+|\/+$/g, '');
	if (path === '') return 'index.html';
	if (format === 'directory' ? /^(404|500)$/.test(path) : !(format === 'preserve' && isIndex))
		return `${path}.html`;
	return `${path}/index.html`;
}

/**
 * The path of a page's URL as its route lists it, without the site's base, the slashes around
 * it and the `.html` of the `file` format: what `htmlFileOf` and the URL have in common.
 * @example pathOf('http://localhost/docs/de-de/errors/', '/docs') // 'de-de/errors'
 */
export function pathOf(url: string, base: string): string {
	const root = base.replace(/\/+$/, '');
	const pathname = new URL(url).pathname;
	const path = pathname.startsWith(`${root}/`) ? pathname.slice(root.length) : pathname;
	return path.replace(/(\/index)?\.html$/, '').replace(/^\/+|\/+$/g, '');
}

/** A locale whose pages are being rendered, and indexed as they are. */
interface LiveLocale {
	/** Every HTML page it has (output files), in index order. */
	order: string[];
	/** How many of `order` were handed to the index. */
	next: number;
	/** Pages rendered and not yet handed over (waiting for their turn), by output file. */
	rendered: Map<string, string>;
	/** Pages still to be rendered. */
	expected: Set<string>;
	written?: Promise<number>;
}

/** Renders a site's pages one locale after another: the heaviest to index first. */
function byLocale<T extends { pathname: string }>(paths: readonly T[]): T[] {
	const rank = (path: T) => {
		const locale = localeOf(path.pathname.replace(/^\/+/, ''));
		// Pages outside the locales first, then locales by what indexing them costs.
		return locale ? [-localeIndexingCost(locale), localeIds.indexOf(locale)] : [-Infinity, 0];
	};
	return paths
		.map((path, i) => ({ path, i, rank: rank(path) }))
		.sort((a, b) => a.rank[0]! - b.rank[0]! || a.rank[1]! - b.rank[1]! || a.i - b.i)
		.map(({ path }) => path);
}

/**
 * Hands a locale's pages to its index in order, as far as they are rendered; with `complete`,
 * every page (those not rendered are read from their files) and then writes the index.
 */
function handOver(
	indexer: SearchIndexer,
	locale: Locale,
	state: LiveLocale,
	complete: boolean,
): void {
	while (state.next < state.order.length) {
		const file = state.order[state.next] ?? '';
		const html = state.rendered.get(file);
		if (html === undefined && !complete) return;
		state.rendered.delete(file);
		indexer.add({ locale, file, html });
		state.next++;
	}
	if (!complete) return;
	state.written = indexer.write(locale);
	// Reported by `write`, which waits for it.
	state.written.catch(() => undefined);
}

/** The pages of a build that renders every page, by locale and by path (`pathOf`). */
interface LivePlan {
	locales: Map<Locale, LiveLocale>;
	pages: Map<string, { locale: Locale; file: string }>;
}

/** Which page each path renders, and each locale's pages in index order (`searched`: its article pages). */
function livePlan(
	paths: readonly { pathname: string; route: RouteData }[],
	searched: readonly string[],
	format: BuildFormat,
): LivePlan {
	const files = new Map<Locale, string[]>();
	const pages = new Map<string, { locale: Locale; file: string }>();
	for (const { pathname, route } of paths) {
		if (!isPage(route)) continue;
		const file = htmlFileOf(pathname, format, route.isIndex);
		const locale = localeOf(file);
		if (!locale) continue;
		files.set(locale, [...(files.get(locale) ?? []), file]);
		pages.set(pathOf(`http://localhost${pathname}`, '/'), { locale, file });
	}
	const locales = new Map(
		[...files].map(([locale, list]) => [
			locale,
			{
				order: indexOrder(locale, searched, list).map((page) => page.file),
				next: 0,
				rendered: new Map<string, string>(),
				expected: new Set(list),
			},
		]),
	);
	return { locales, pages };
}

/** Fails when the HTML files of a locale on disk are not the pages its index was given. */
function checkOutput(outDir: string, locale: Locale, state: LiveLocale): void {
	const files = htmlFilesOf(outDir, locale);
	const written = new Set(files);
	const expected = new Set(state.order);
	const unexpected = files.find((file) => !expected.has(file));
	const missing = state.order.find((file) => !written.has(file));
	if (unexpected || missing)
		throw new Error(
			`the search index of ${locale} was built from the pages Astro rendered, and ${unexpected ? `${unexpected} was written besides them` : `${missing} is not in the output`}`,
		);
}

/**
 * A rendered page's response and its HTML for the index (a body can be read once); none for a
 * response Astro writes no page from as it is (no body, a status other than 200).
 */
async function readRendered(
	result: Awaited<ReturnType<AstroPrerenderer['render']>>,
): Promise<{ result: typeof result; html: string } | undefined> {
	const response = result instanceof Response ? result : result.response;
	if (response.status !== 200 || response.body === null) return undefined;
	const bytes = await response.arrayBuffer();
	const copy = new Response(bytes, {
		status: response.status,
		statusText: response.statusText,
		headers: response.headers,
	});
	return {
		result: result instanceof Response ? copy : { ...result, response: copy },
		html: Buffer.from(bytes).toString('utf8'),
	};
}

/**
 * Writes the bundles of `ids`: those of `plan`'s locales with what was handed over while
 * rendering (`indexer`), checked against the files on disk; the others from their files.
 */
async function writeIndexes(
	{ outDir, start }: { outDir: string; start: typeof startSearchIndexes },
	live: SearchIndexer | undefined,
	plan: LivePlan,
	ids: readonly Locale[],
	articles: readonly string[],
): Promise<Record<string, number>> {
	if (!live && ids.length === 0) return {};
	const indexer = live ?? (await start(outDir, ids));
	try {
		for (const locale of ids) {
			const state: LiveLocale = plan.locales.get(locale) ?? {
				order: indexOrder(locale, articles, htmlFilesOf(outDir, locale)).map((p) => p.file),
				next: 0,
				rendered: new Map(),
				expected: new Set(),
			};
			plan.locales.set(locale, state);
			checkOutput(outDir, locale, state);
			// Pages not handed over while rendering are read from their files.
			if (!state.written) handOver(indexer, locale, state, true);
		}
		const pages = await Promise.all(ids.map((id) => plan.locales.get(id)?.written ?? 0));
		return Object.fromEntries(ids.map((id, i) => [id, pages[i] ?? 0]));
	} finally {
		// Every bundle being written (those of locales kept from the last build too) is done first.
		await Promise.allSettled([...plan.locales.values()].map((state) => state.written));
		await indexer.close();
	}
}

/**
 * Search indexing for one build. `prerenderer` wraps Astro's own: when the build renders every
 * page, it orders them by locale and hands each rendered page to its locale's index, which is
 * written as soon as the locale is complete; in an incremental build, it starts the indexes while
 * the pages render. `write` writes the indexes of the locales given: those written while
 * rendering are checked against the files on disk, the others are indexed from their files now. (`start` and `plannedRender` are replaced in tests.)
 */
export function liveSearch(
	outDir: string,
	config: Pick<AstroConfig, 'base' | 'build'>,
	{ start = startSearchIndexes, plannedRender = renderPlan } = {},
) {
	let indexer: SearchIndexer | undefined;
	let plan: LivePlan = { locales: new Map(), pages: new Map() };
	const stop = () => indexer?.close().finally(() => (indexer = undefined));
	const prerenderer = (astro: AstroPrerenderer): AstroPrerenderer => ({
		...astro,
		name: 'troubleshoot-docs:live-search',
		async getStaticPaths() {
			const paths = await astro.getStaticPaths();
			const rendering = plannedRender();
			// Pagefind starts while Astro renders: ready for the locales an incremental build changes.
			indexer = await start(outDir, localeIds, paths.length + (rendering?.carried ?? 0));
			if (!rendering || rendering.carried > 0) return paths;
			plan = livePlan(paths, rendering.searched, config.build.format);
			return byLocale(paths);
		},
		async render(request, options) {
			const result = await astro.render(request, options).catch(async (error: unknown) => {
				await stop();
				throw error;
			});
			const current = indexer;
			const page = isPage(options.routeData)
				? plan.pages.get(pathOf(request.url, config.base))
				: undefined;
			const state = page && plan.locales.get(page.locale);
			if (!current || !page || !state?.expected.has(page.file)) return result;
			const rendered = await readRendered(result);
			if (!rendered) return result; // Not written by Astro as it is: indexed from its file, if any.
			// Only what Pagefind reads waits for its turn, and goes to the indexing thread.
			state.rendered.set(page.file, indexedPart(rendered.html));
			state.expected.delete(page.file);
			handOver(current, page.locale, state, state.expected.size === 0);
			return rendered.result;
		},
	});
	return {
		prerenderer,
		/**
		 * Writes the bundles of `ids` (article pages listed in `articles`, in their route's order);
		 * returns the pages indexed per locale.
		 */
		async write(ids: readonly Locale[], articles: readonly string[]) {
			const current = indexer;
			indexer = undefined;
			return writeIndexes({ outDir, start }, current, plan, ids, articles);
		},
	};
}

/** Whether a route renders a page (not an endpoint or a redirect). */
const isPage = (route: RouteData) => route.type === 'page';

export type LiveSearch = ReturnType<typeof liveSearch>;
