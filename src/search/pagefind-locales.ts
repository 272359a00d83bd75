import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { locales, type Locale } from '../i18n/locales.ts';
import { searchBundlePath } from '../routing/urls.ts';
import { prepareSearchStart } from './search-start-files.ts';

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
 * Indexes the built pages of some locales with this thread's Pagefind, one locale after another,
 * each with its language forced, so Chinese and Japanese text is segmented into words (the
 * extended Pagefind binary) even on fallback pages. Only elements marked `data-pagefind-body`
 * are indexed (articles and reference entries; NOINDEX articles included, 404 and search pages
 * not). Each locale's search page then preloads its engine's start-up files
 * (search-start-files.ts). Returns the number of pages per locale.
 */
export async function indexLocales(
	dist: string,
	ids: readonly Locale[],
): Promise<Record<string, number>> {
	const pages: Record<string, number> = {};
	try {
		for (const locale of ids) {
			const language = locales[locale].lang.split('-')[0] ?? 'en';
			const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
			if (!index) throw new Error(`Pagefind could not start for ${locale}: ${errors.join('; ')}`);
			const added = await index.addDirectory({ path: dist, glob: `${locale}/**/*.html` });
			if (added.errors.length > 0)
				throw new Error(`Pagefind could not index ${locale}: ${added.errors.join('; ')}`);
			const outputPath = join(dist, searchBundlePath(locale));
			const written = await index.writeFiles({ outputPath });
			if (written.errors.length > 0)
				throw new Error(
					`Pagefind could not write the ${locale} index: ${written.errors.join('; ')}`,
				);
			await Promise.all(unusedUiFiles.map((name) => rm(join(outputPath, name), { force: true })));
			await prepareSearchStart(dist, locale);
			pages[locale] = added.page_count;
		}
	} finally {
		await pagefind.close();
	}
	return pages;
}
