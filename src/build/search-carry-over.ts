/**
 * Incremental builds of the search indexes: a locale whose indexed pages are unchanged since the
 * last build keeps that build's Pagefind bundle (from the build cache) instead of being indexed
 * again. What Pagefind reads of a locale is its key: for an article page, the parts its route
 * names as searched (the entry shown, its product; not the notices, sidebar or dates, which the
 * index leaves out); for every other page of the locale that it indexes, its HTML as written.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { localeIds, type Locale } from '../i18n/locales.ts';
import { searchBundlePath } from '../routing/urls.ts';
import { indexedPageMark } from '../search/indexed-part.ts';
import { prepareSearchStart, writeStartFiles } from '../search/search-start-files.ts';
import { filesBelow } from './files-below.ts';
import { htmlFilesOf, type LiveSearch } from './live-search.ts';
import type { PagesCarriedOver } from './page-carry-over.ts';
import { placeFile } from './place-files.ts';

const indexedPage = Buffer.from(indexedPageMark);

/**
 * The hash of what Pagefind reads of a locale's pages: `searchKeys` (by output file) for the
 * article pages, the bytes of every other page it indexes.
 */
function localeSearchKey(
	outDir: string,
	locale: Locale,
	siteKey: string,
	searchKeys: ReadonlyMap<string, string>,
): string {
	const hash = createHash('sha256').update(siteKey);
	for (const file of htmlFilesOf(outDir, locale)) {
		let key = searchKeys.get(file);
		if (key === undefined) {
			const html = readFileSync(join(outDir, file));
			if (!html.includes(indexedPage)) continue;
			key = createHash('sha256').update(html).digest('hex');
		}
		hash.update(`${file} ${key}\n`);
	}
	return hash.digest('hex');
}

/** Puts every file below `from` at the same place below `to` (hard links). */
function placeTree(from: string, to: string): void {
	rmSync(to, { recursive: true, force: true });
	for (const file of filesBelow(from)) placeFile(join(from, file), join(to, file));
}

/**
 * Writes the search index of every locale into `outDir`: carried over from the last build where
 * its key is unchanged, else written by `indexes` (live-search.ts). Returns each locale's page
 * count and key (for the next build), and the locales carried over.
 */
export async function writeSearchIndexes(
	outDir: string,
	pages: PagesCarriedOver | undefined,
	indexes: Pick<LiveSearch, 'write'>,
): Promise<{
	search: Record<string, { key: string; pages: number }>;
	carried: Locale[];
}> {
	const keys = new Map(
		localeIds.map((id) => [
			id,
			pages ? localeSearchKey(outDir, id, pages.siteKey, pages.searchKeys) : '',
		]),
	);
	const kept = (id: Locale) => join(pages?.searchDir ?? '', id);
	const carried = localeIds.filter(
		(id) => pages && pages.previousSearch[id]?.key === keys.get(id) && existsSync(kept(id)),
	);
	const indexed = localeIds.filter((id) => !carried.includes(id));
	const counts = await indexes.write(indexed, pages ? [...pages.searchKeys.keys()] : []);
	for (const id of indexed) await prepareSearchStart(outDir, id);
	for (const id of carried) {
		placeTree(kept(id), join(outDir, searchBundlePath(id)));
		await writeStartFiles(outDir, id);
		counts[id] = pages?.previousSearch[id]?.pages ?? 0;
	}
	if (pages) for (const id of indexed) placeTree(join(outDir, searchBundlePath(id)), kept(id));
	const search = Object.fromEntries(
		localeIds.map((id) => [id, { key: keys.get(id) ?? '', pages: counts[id] ?? 0 }]),
	);
	return { search, carried };
}
