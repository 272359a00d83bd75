import { sourceLocale } from '../i18n/locales.ts';

/** An article file as draft detection needs it. */
export interface BodiedArticle {
	locale?: string | undefined;
	slug: string;
	/** The content hash of the body alone (`hashBody`). */
	bodyHash?: string | undefined;
}

/**
 * The translations that are still drafts, as `<locale>/<slug>`: those whose body is exactly their
 * en-us source's (what `npm run new -- <slug> --locale <locale>` writes). A draft is published
 * as not translated (the English text with the fallback notice) and is not counted current,
 * until its body differs from the source's.
 * @example draftTranslations([{ locale: 'en-us', slug: 'a', bodyHash: 'x' }, { locale: 'de-de', slug: 'a', bodyHash: 'x' }]) // Set { 'de-de/a' }
 */
export function draftTranslations(articles: readonly BodiedArticle[]): Set<string> {
	const sourceBodies = new Map(articles.filter((a) => a.locale === sourceLocale && a.bodyHash).map((a) => [a.slug, a.bodyHash]));
	return new Set(
		articles
			.filter((a) => a.locale && a.locale !== sourceLocale && a.bodyHash !== undefined && sourceBodies.get(a.slug) === a.bodyHash)
			.map((a) => `${a.locale}/${a.slug}`),
	);
}
