import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { localeIds, locales } from '../i18n/locales.ts';

/** Where a locale's search bundle is served from. */
export const searchBundlePath = (locale: string) => `/pagefind/${locale}/`;

/**
 * Builds one Pagefind index per locale from the built site: `dist/pagefind/<locale>/`. Each is
 * built with its language forced, so Chinese and Japanese text is segmented into words (the
 * extended Pagefind binary) even on fallback pages. Only elements marked `data-pagefind-body`
 * are indexed (articles and reference entries; NOINDEX articles included, 404 and search pages
 * not). Returns the number of pages per locale.
 */
export async function buildSearchIndexes(dist: string): Promise<Record<string, number>> {
	const pages: Record<string, number> = {};
	await rm(join(dist, 'pagefind'), { recursive: true, force: true });
	try {
		for (const locale of localeIds) {
			const language = locales[locale].lang.split('-')[0] ?? 'en';
			const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
			if (!index) throw new Error(`Pagefind could not start for ${locale}: ${errors.join('; ')}`);
			const added = await index.addDirectory({ path: dist, glob: `${locale}/**/*.html` });
			if (added.errors.length > 0) throw new Error(`Pagefind could not index ${locale}: ${added.errors.join('; ')}`);
			const written = await index.writeFiles({ outputPath: join(dist, 'pagefind', locale) });
			if (written.errors.length > 0) throw new Error(`Pagefind could not write the ${locale} index: ${written.errors.join('; ')}`);
			pages[locale] = added.page_count;
		}
	} finally {
		await pagefind.close();
	}
	return pages;
}
