/**
 * Incremental builds: an article page (or its Markdown twin) whose inputs are unchanged since the
 * last build is not rendered again; its file from that build is carried over into the new one.
 *
 * What a page depends on is explicit: its key is the hash of the site's key (every file the
 * build reads besides the articles, and the configuration) and the parts its route names
 * (`needsRendering`): the entries it shows, their translation status and git history, the
 * sidebar of its locale. Every other page is rendered in every build. A build with `--force`, a
 * first build and the dev server render everything.
 *
 * Carried files live in the build cache (`<cacheDir>/pages/files/`) as hard links to the files
 * of the build that rendered them (Astro empties its output folder before it builds), with a
 * manifest of each file's key. The cache is one flat folder of files named by their keys: making
 * a folder costs as much as writing a page on some file systems (up to 0.9 ms on this project's
 * CI machines), and a key names one version of one file.
 */
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroPrerenderer } from 'astro';
import { placeFile, placeFilesInThread, placeFilesLater, type Placing } from './place-files.ts';
import { siteInputsKey } from './site-inputs.ts';

/** The state of one build, shared by the integration and the pages through `globalThis`. */
interface CarryOver {
	/** The cache folder of carried pages. */
	dir: string;
	siteKey: string;
	/** Each output file's key in the last build (relative to the output folder). */
	previous: Map<string, string>;
	/** Each output file's key in this build. */
	next: Map<string, string>;
	carried: string[];
	rendered: string[];
	/** What the search index reads of each article page (`needsRendering`'s `searched`). */
	searchKeys: Map<string, string>;
	/** Each locale's search key and page count in the last build (search-carry-over.ts). */
	previousSearch: Record<string, { key: string; pages: number }>;
	/** The carried files being placed in the output folder, once every page is listed. */
	placing?: Placing | undefined;
}

/** Astro renders pages from its own bundle of our modules: the state is kept where both see it. */
const slot = Symbol.for('troubleshoot-docs.page-carry-over');
const state = () => (globalThis as Record<symbol, CarryOver | undefined>)[slot];

/** The file of the manifest in the cache folder. */
const manifestOf = (dir: string) => join(dir, 'manifest.json');

/**
 * Starts a build's carry-over (the integration, at build start). With `force`, nothing is
 * carried over, but this build's pages are kept for the next one. `settings` are the build's
 * settings that shape every page (the resolved Astro configuration's site, base, format).
 */
export function startCarryOver(
	root: string,
	cacheDir: URL,
	force: boolean,
	settings: unknown = null,
): void {
	const dir = join(fileURLToPath(cacheDir), 'pages');
	const siteKey = siteInputsKey(root, settings);
	let previous = new Map<string, string>();
	let previousSearch: CarryOver['previousSearch'] = {};
	try {
		const manifest = JSON.parse(readFileSync(manifestOf(dir), 'utf8')) as {
			siteKey: string;
			pages: Record<string, string>;
			search?: CarryOver['previousSearch'];
		};
		if (!force && manifest.siteKey === siteKey) {
			previous = new Map(Object.entries(manifest.pages));
			previousSearch = manifest.search ?? {};
		}
	} catch {
		// No manifest yet (a first build), or an unreadable one: everything is rendered.
	}
	(globalThis as Record<symbol, CarryOver>)[slot] = {
		dir,
		siteKey,
		previous,
		next: new Map(),
		carried: [],
		rendered: [],
		searchKeys: new Map(),
		previousSearch,
	};
}

/** The hash of the site's key, a file and parts of it. */
function keyOf(build: CarryOver, file: string, parts: unknown): string {
	return createHash('sha256')
		.update(build.siteKey)
		.update(file)
		.update(JSON.stringify(parts))
		.digest('hex');
}

/**
 * Tells whether a page must be rendered in this build: `file` is its output file relative to the
 * output folder, `parts` everything it shows besides the site's own inputs, and `searched` the
 * parts of those that its search index reads (an article page; search-carry-over.ts). Outside a
 * build (the dev server), always true.
 * @example needsRendering('de-de/troubleshoot/x/index.html', [entry.digest, status, sidebar]) // false when unchanged
 */
export function needsRendering(file: string, parts: unknown, searched?: unknown): boolean {
	const build = state();
	if (!build) return true;
	const key = keyOf(build, file, parts);
	build.next.set(file, key);
	if (searched !== undefined) build.searchKeys.set(file, keyOf(build, file, searched));
	const unchanged = build.previous.get(file) === key && existsSync(join(build.dir, 'files', key));
	(unchanged ? build.carried : build.rendered).push(file);
	return !unchanged;
}

/**
 * What this build renders, once every route has listed its pages (read by the search indexes,
 * live-search.ts): how many pages are carried over, and the article pages the search indexes
 * read, in the order their route listed them. None outside a build.
 */
export function renderPlan(): { carried: number; searched: string[] } | undefined {
	const build = state();
	return build && { carried: build.carried.length, searched: [...build.searchKeys.keys()] };
}

/** The names in a folder; none when it does not exist. */
function listed(dir: string): string[] {
	try {
		return readdirSync(dir);
	} catch {
		return [];
	}
}

/** The file in the cache folder `files` of an output file of this build. */
const cachedFileOf = (build: CarryOver, files: string, file: string) =>
	join(files, build.next.get(file) ?? '');

/**
 * Wraps Astro's prerenderer so that the unchanged pages are placed in `outDir` while the others
 * render: once every route has listed its pages, the files to carry over are known, and placing
 * them (a folder for most, which costs as much as writing a page on some file systems) runs in a
 * thread of its own. (Not on this thread's event loop: rendering keeps it too busy to start the
 * next file as soon as one is placed.) When Astro is done with its pages, the thread is done too:
 * waited for, or stopped if a page failed, so nothing writes to the output after a failed build.
 * Outside a build, Astro's as it is.
 */
export function carryWhileRendering(astro: AstroPrerenderer, outDir: string): AstroPrerenderer {
	let failed = false;
	return {
		...astro,
		async getStaticPaths() {
			const paths = await astro.getStaticPaths();
			const build = state();
			if (build && build.carried.length > 0) {
				const files = join(build.dir, 'files');
				const pairs = build.carried.map(
					(file) => [cachedFileOf(build, files, file), join(outDir, file)] as const,
				);
				build.placing = placeFilesInThread(pairs, `carrying unchanged pages over into ${outDir}`);
				// Reported by carryPagesOver; a page that fails to render is reported first.
				build.placing.done.catch(() => {});
			}
			return paths;
		},
		async render(request, options) {
			try {
				return await astro.render(request, options);
			} catch (error) {
				failed = true;
				throw error;
			}
		},
		async teardown() {
			await astro.teardown?.();
			const placing = state()?.placing;
			if (failed) await placing?.stop();
			else await placing?.done.catch(() => {});
		},
	};
}

/** What carrying the pages over tells the search indexes (search-carry-over.ts). */
export interface PagesCarriedOver {
	carried: number;
	rendered: number;
	/** Done when the rendered pages are kept for the next build. */
	kept: Promise<void>;
	siteKey: string;
	/** What the search index reads of each article page, by output file. */
	searchKeys: ReadonlyMap<string, string>;
	/** Each locale's search key and page count in the last build. */
	previousSearch: Readonly<Record<string, { key: string; pages: number }>>;
	/** The cache folder of search bundles. */
	searchDir: string;
}

/**
 * Carries the unchanged pages' files into `outDir` (the integration, once the pages are
 * written), and starts keeping the rendered ones for the next build (`kept`, which may run while
 * the search indexes are written). Returns how many pages were carried over and rendered, and
 * what the search indexes need to know (search-carry-over.ts).
 */
export async function carryPagesOver(outDir: string): Promise<PagesCarriedOver | undefined> {
	const build = state();
	if (!build) return undefined;
	const files = join(build.dir, 'files');
	const cachedFile = (file: string) => cachedFileOf(build, files, file);
	if (build.placing) await build.placing.done;
	else for (const file of build.carried) placeFile(cachedFile(file), join(outDir, file));
	// The cache changes from here on: until this build's manifest replaces it, no build trusts it
	// (a build stopped half-way would otherwise leave files under the last build's keys).
	rmSync(manifestOf(build.dir), { force: true });
	return {
		carried: build.carried.length,
		rendered: build.rendered.length,
		kept: placeFilesLater(build.rendered.map((file) => [join(outDir, file), cachedFile(file)])),
		siteKey: build.siteKey,
		searchKeys: build.searchKeys,
		previousSearch: build.previousSearch,
		searchDir: join(build.dir, 'search'),
	};
}

/**
 * Ends a build's carry-over once the search indexes are written: the manifest records each
 * page's key and each locale's search key for the next build.
 */
export function finishCarryOver(search: Record<string, { key: string; pages: number }>): void {
	const build = state();
	if (!build) return;
	delete (globalThis as Record<symbol, CarryOver | undefined>)[slot];
	// Files no page of this build has (an article deleted, a page changed) leave the cache. The
	// cache holds the last manifest's files; without one (a first or forced build, or one after an
	// interrupted build) it may hold anything, and is listed.
	const files = join(build.dir, 'files');
	const kept = new Set(build.next.values());
	const cached = build.previous.size > 0 ? build.previous.values() : listed(files);
	for (const key of cached)
		if (!kept.has(key)) rmSync(join(files, key), { force: true, recursive: true });
	mkdirSync(build.dir, { recursive: true });
	const written = `${manifestOf(build.dir)}.${process.pid}`;
	writeFileSync(
		written,
		JSON.stringify({ siteKey: build.siteKey, pages: Object.fromEntries(build.next), search }),
	);
	renameSync(written, manifestOf(build.dir));
}
