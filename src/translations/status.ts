import { localeIds, sourceLocale, type Locale } from '../i18n/locales.ts';

/** How a locale's version of an article stands against its en-us source. */
export type TranslationState = 'source' | 'current' | 'outdated' | 'fallback';

/** An article file as translation status needs it. */
export interface VersionedArticle {
	locale: Locale;
	slug: string;
	/** The content hash of this version (`hashArticle`): a source's current hash. */
	versionHash: string;
	/** On a translation: the hash of the source version it was made from. */
	sourceHash?: string | undefined;
	/** `HT` or `MT`, from `ms.translationtype`. */
	type?: 'HT' | 'MT' | undefined;
}

/** The status of one article in one locale. */
export interface TranslationStatus {
	locale: Locale;
	slug: string;
	state: TranslationState;
	type?: 'HT' | 'MT' | undefined;
	/** The source's current content hash. */
	currentHash: string;
	/** What the translation recorded (missing on old or hand-made translations). */
	recordedHash?: string | undefined;
}

/**
 * The status of every source article in every locale, computed from content hashes alone (no git
 * history needed, so shallow clones work): `source` for en-us, `current` when the translation
 * recorded the source's current hash, `outdated` when it recorded another or none, `fallback`
 * when there is no translation.
 */
export function translationStatuses(articles: readonly VersionedArticle[]): TranslationStatus[] {
	const byKey = new Map(articles.map((a) => [`${a.locale}/${a.slug}`, a]));
	const sources = articles.filter((a) => a.locale === sourceLocale).sort((a, b) => a.slug.localeCompare(b.slug));
	return sources.flatMap((source) => {
		const currentHash = source.versionHash;
		return localeIds.map((locale): TranslationStatus => {
			const article = byKey.get(`${locale}/${source.slug}`);
			if (locale === sourceLocale) return { locale, slug: source.slug, state: 'source', currentHash };
			if (!article) return { locale, slug: source.slug, state: 'fallback', currentHash };
			const state = article.sourceHash === currentHash ? 'current' : 'outdated';
			return { locale, slug: source.slug, state, type: article.type, currentHash, recordedHash: article.sourceHash };
		});
	});
}

/** Counts per state, for dashboards and the terminal summary. */
export function countStates(statuses: readonly TranslationStatus[]): Record<TranslationState, number> {
	const counts: Record<TranslationState, number> = { source: 0, current: 0, outdated: 0, fallback: 0 };
	for (const s of statuses) counts[s.state]++;
	return counts;
}
