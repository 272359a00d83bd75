/**
 * What the search page learns once Pagefind has written a locale's bundle, so that a query typed
 * on a fresh page waits less (npm run bench, N=1000, first result: median 140 → 61 ms, p95
 * 224 → 115 ms on 12 queries, 2 runs each):
 * - the names of the engine's start-up files (entry, metadata, WebAssembly, filters), written into
 *   the page's head as preloads: the browser fetches them all while it parses the page, instead
 *   of one after another as pagefind.js discovers them;
 * - a cache tag for the entry file, the content hash of the bundle's start-up files, so that the
 *   preloaded entry is the one Pagefind asks for (by default it adds `?ts=<now>` to its URL);
 * - a shorter wait in pagefind.js while the engine starts (see `promptStart`).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locale } from '../i18n/locales.ts';
import { searchBundlePath, searchUrl } from '../routing/urls.ts';

/** The attribute of the search page's engine preload (SearchEngineStart.astro); preloads follow it. */
export const engineLinkAttribute = 'data-search-engine';

/** The attribute of the entry preload that carries the cache tag the page's head passes to Pagefind. */
export const cacheTagAttribute = 'data-meta-cache-tag';

/** A bundle's start-up files, relative to the bundle, and the entry file's cache tag. */
export interface StartFiles {
	tag: string;
	files: string[];
}

/**
 * The files Pagefind fetches before its first search, from its entry file and the bundle's filter
 * chunks (all of them: the page reads every filter): the entry (with its tag), the language's
 * metadata and WebAssembly.
 * @example startFiles('{"languages":{"de":{"hash":"de_1","wasm":"de"}}}', ['filter/de_2.pf_filter'])
 * // { tag: '…', files: ['pagefind-entry.json?ts=…', 'pagefind.de_1.pf_meta', 'wasm.de.pagefind', 'filter/de_2.pf_filter'] }
 */
export function startFiles(entryJson: string, filterFiles: readonly string[]): StartFiles {
	const entry = JSON.parse(entryJson) as {
		languages: Record<string, { hash: string; wasm?: string | null }>;
	};
	const languages = Object.values(entry.languages);
	const tag = createHash('sha256')
		.update(entryJson)
		.update(filterFiles.join('\n'))
		.digest('hex')
		.slice(0, 16);
	return {
		tag,
		files: [
			`pagefind-entry.json?ts=${tag}`,
			...languages.flatMap((l) => [
				`pagefind.${l.hash}.pf_meta`,
				`wasm.${l.wasm ?? 'unknown'}.pagefind`,
			]),
			...[...filterFiles].sort(),
		],
	};
}

/**
 * The search page with the start-up files preloaded right after its engine preload: fetched as
 * pagefind.js fetches them (`fetch()`, same-origin credentials), so the browser reuses them.
 * Throws if the page has no engine preload.
 */
export function withStartFiles(html: string, bundlePath: string, start: StartFiles): string {
	const found = new RegExp(`<link [^>]*${engineLinkAttribute}="[^"]*"[^>]*>`).exec(html);
	if (!found)
		throw new Error(
			`the search page has no <link ${engineLinkAttribute}> (SearchEngineStart.astro) to put the engine's start-up files after`,
		);
	// The names are Pagefind's (hashes); escaped all the same, as every attribute value is.
	const attribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
	const links = start.files
		.map((file, index) => {
			const tag = index === 0 ? ` ${cacheTagAttribute}="${attribute(start.tag)}"` : '';
			return `<link rel="preload" as="fetch" crossorigin="anonymous" href="${attribute(bundlePath + file)}"${tag}>`;
		})
		.join('');
	const end = found.index + found[0].length;
	return html.slice(0, end) + links + html.slice(end);
}

/**
 * Pagefind 1.6's pagefind.js with a shorter wait while the engine starts: a search asked for
 * before the WebAssembly is ready polls for it every 50 ms (`getPtr` in pagefind_web_js's
 * coupled_search.ts), so a query typed on a fresh page waited up to 50 ms after the engine was
 * ready. Polled every 5 ms instead, only until it is ready. Throws if pagefind.js no longer has
 * that loop, so an upgrade of Pagefind is checked rather than silently slower.
 */
export function promptStart(engineJs: string): string {
	const poll =
		'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}';
	if (!engineJs.includes(poll))
		throw new Error(
			"pagefind.js has changed: its start-up wait (getPtr polling every 50 ms) was not found; check whether src/search/search-start-files.ts's patch is still needed for this Pagefind version",
		);
	return engineJs.replace(poll, poll.replace('asyncSleep(50)', 'asyncSleep(5)'));
}

/**
 * Writes the start-up files of a locale's bundle into its search page (for a bundle written
 * in this build, or carried over from the last).
 */
export async function writeStartFiles(dist: string, locale: Locale): Promise<void> {
	const bundlePath = searchBundlePath(locale);
	const bundle = join(dist, bundlePath);
	const filters = (await readdir(join(bundle, 'filter')).catch(() => [])).map((f) => `filter/${f}`);
	const start = startFiles(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8'), filters);
	const page = join(dist, searchUrl(locale), 'index.html');
	await writeFile(page, withStartFiles(await readFile(page, 'utf8'), bundlePath, start));
}

/** Shortens the start-up wait of the engine Pagefind just wrote for a locale, and writes its start-up files into the search page. */
export async function prepareSearchStart(dist: string, locale: Locale): Promise<void> {
	const engine = join(dist, searchBundlePath(locale), 'pagefind.js');
	await writeFile(engine, promptStart(await readFile(engine, 'utf8')));
	await writeStartFiles(dist, locale);
}
