import { readFileSync } from 'node:fs';
import { compilationOf, loadArticlePages, type ArticlePage } from './articles.ts';
import { readBody } from '../content/front-matter.ts';
import { sourceLocale } from '../i18n/locales.ts';
import { splitSections } from '../translations/section-versions.ts';
import { translationStatuses, type TranslationStatus } from '../translations/status.ts';
import { articleSourcePath } from '../content/article-files.ts';

let cached: { pages: readonly ArticlePage[]; statuses: Map<string, TranslationStatus> } | undefined;

/**
 * The translation status of every article page, keyed `<locale>/<slug>`; computed again whenever
 * the article pages change (after a save in the dev server).
 */
export async function loadTranslationStatuses(): Promise<Map<string, TranslationStatus>> {
	const pages = await loadArticlePages();
	if (cached?.pages !== pages) cached = { pages, statuses: statusesOf(pages) };
	return cached.statuses;
}

function statusesOf(pages: readonly ArticlePage[]): Map<string, TranslationStatus> {
	const versions = pages
		.filter((p) => !p.isFallback || p.locale === sourceLocale)
		.map(({ locale, slug, entry: { entry } }) => {
			let sections: ReturnType<typeof splitSections> | undefined;
			return {
				locale,
				slug,
				versionHash: compilationOf(entry).versionHash ?? '',
				sourceHash: entry.data.sourceHash,
				type: entry.data['ms.translationtype'],
				recordedSections: entry.data.sourceSections,
				// Read only when a translation of this article recorded section versions.
				sections: () =>
					(sections ??= splitSections(
						readBody(readFileSync(entry.filePath ?? articleSourcePath(locale, slug), 'utf8')),
						entry.data,
					)),
			};
		});
	return new Map(translationStatuses(versions).map((s) => [`${s.locale}/${s.slug}`, s]));
}
