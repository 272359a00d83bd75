import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { locales, type Locale } from '../i18n/locales.ts';
import { searchBundlePath } from '../routing/urls.ts';
import { indexedPageMark, indexedPart } from './indexed-part.ts';

/** Pagefind's own search UIs, which it writes into every bundle; the search page does not use them. */
const unusedUiFiles = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-highlight.js',
];

/**
 * A page for a locale's index: its file below the output folder (Pagefind makes its URL from
 * it), and its HTML (whole or its `indexedPart`), or none to read it from that file.
 */
export interface IndexedPage {
	locale: Locale;
	file: string;
	html?: string | undefined;
}

/** The Pagefind index of one locale while its pages are added. */
interface LocaleIndex {
	index: pagefind.PagefindIndex;
	/** Settles once the last page added was sent to Pagefind (pages are sent in order). */
	sent: Promise<unknown>;
	added: Promise<void>[];
	pages: number;
}

/** A Pagefind index per locale, each with its language forced. */
async function openIndexes(ids: readonly Locale[]): Promise<Map<Locale, LocaleIndex>> {
	const indexes = new Map<Locale, LocaleIndex>();
	for (const locale of ids) {
		const language = locales[locale].lang.split('-')[0] ?? 'en';
		const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
		if (!index) throw new Error(`Pagefind could not start for ${locale}: ${errors.join('; ')}`);
		indexes.set(locale, { index, sent: Promise.resolve(), added: [], pages: 0 });
	}
	return indexes;
}

/**
 * The search indexes of some locales in this thread's Pagefind, fed one page at a time: each
 * locale's index is made with its language forced, so Chinese and Japanese text is segmented
 * into words (the extended Pagefind binary) even on fallback pages. Only pages marked
 * `data-pagefind-body` are indexed (articles and reference entries; NOINDEX articles included,
 * 404 and search pages not). Pages reach Pagefind in the order they are added (files are read
 * ahead, sent in turn), and that order shapes Pagefind's files: for the same files, callers
 * add pages in the same order. `write` writes a locale's bundle (`dist/pagefind/<locale>/`).
 */
export async function localeIndexes(dist: string, ids: readonly Locale[]) {
	const indexes = await openIndexes(ids);
	let closed = false;
	const indexOf = (locale: Locale): LocaleIndex => {
		// After `close`, Pagefind would start a process of its own again.
		if (closed) throw new Error(`the search indexes were closed before ${locale} was written`);
		const found = indexes.get(locale);
		if (!found) throw new Error(`no search index for ${locale} in this indexer`);
		return found;
	};
	return {
		/** Adds a page to its locale's index (its HTML read from its file when not given). */
		add(page: IndexedPage): void {
			const target = indexOf(page.locale);
			const html = page.html !== undefined ? page.html : readFile(join(dist, page.file), 'utf8');
			const sent = Promise.all([html, target.sent]).then(([content]) => {
				if (!content.includes(indexedPageMark)) return undefined;
				target.pages++;
				const part = indexedPart(content);
				return { response: target.index.addHTMLFile({ sourcePath: page.file, content: part }) };
			});
			target.sent = sent.catch(() => undefined);
			const indexed = sent.then(async (request) => {
				const response = await request?.response;
				if (response && response.errors.length > 0)
					throw new Error(`Pagefind could not index ${page.file}: ${response.errors.join('; ')}`);
			});
			// Reported by `write`, which waits for every page.
			indexed.catch(() => undefined);
			target.added.push(indexed);
		},
		/** Writes a locale's bundle once its pages are indexed; returns how many it indexed. */
		async write(locale: Locale): Promise<number> {
			const target = indexOf(locale);
			await Promise.all(target.added);
			const outputPath = join(dist, searchBundlePath(locale));
			await rm(outputPath, { recursive: true, force: true });
			const written = await target.index.writeFiles({ outputPath });
			if (written.errors.length > 0)
				throw new Error(
					`Pagefind could not write the ${locale} index: ${written.errors.join('; ')}`,
				);
			await Promise.all(unusedUiFiles.map((name) => rm(join(outputPath, name), { force: true })));
			return target.pages;
		},
		/** Stops this thread's Pagefind (once every bundle is written, or a build failed). */
		close: async (): Promise<void> => {
			closed = true;
			await pagefind.close();
		},
	};
}
