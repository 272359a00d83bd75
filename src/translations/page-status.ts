import { compilationOf, loadArticlePages } from '../content/articles.ts';
import { sourceLocale } from '../i18n/locales.ts';
import { translationStatuses, type TranslationStatus } from './status.ts';

let cached: Promise<Map<string, TranslationStatus>> | undefined;

/** The translation status of every article page, keyed `<locale>/<slug>`. */
export function loadTranslationStatuses(): Promise<Map<string, TranslationStatus>> {
	cached ??= (async () => {
		const pages = await loadArticlePages();
		const versions = pages
			.filter((p) => !p.isFallback || p.locale === sourceLocale)
			.map(({ locale, slug, entry: { entry } }) => ({
				locale,
				slug,
				versionHash: compilationOf(entry).versionHash ?? '',
				sourceHash: entry.data.sourceHash,
				type: entry.data['ms.translationtype'],
			}));
		return new Map(translationStatuses(versions).map((s) => [`${s.locale}/${s.slug}`, s]));
	})();
	return cached;
}
