import { isLocale, localeIds, sourceLocale, type Locale } from '../i18n/locales.ts';

/** An article as the routes need it: its locale and slug. */
export interface LocatedArticle {
	locale: Locale;
	slug: string;
}

/** One article page: what is shown at `/<locale>/troubleshoot/<slug>/`. */
export interface ArticleRoute<T extends LocatedArticle> {
	locale: Locale;
	slug: string;
	/** The entry rendered: the translation, or the source when there is none. */
	entry: T;
	/** The en-us source of the article. */
	source: T;
	/** True when the locale has no translation and the English source is shown. */
	isFallback: boolean;
}

/**
 * Splits a content collection id (`zh-cn/aadsts50000`) into its locale and slug.
 * @example locateEntry('zh-cn/aadsts50000') // { locale: 'zh-cn', slug: 'aadsts50000' }
 */
export function locateEntry(id: string): LocatedArticle {
	const [locale = '', slug = '', ...rest] = id.split('/');
	if (!isLocale(locale) || !slug || rest.length > 0) {
		throw new Error(
			`Article id "${id}" is not <locale>/<slug>: articles live in content/articles/<locale>/<slug>.mdx`,
		);
	}
	return { locale, slug };
}

/**
 * Makes one route for every source article in every locale: the translation where one exists,
 * else the source marked as a fallback. Routes are sorted by locale order, then slug.
 */
export function buildArticleRoutes<T extends LocatedArticle>(
	entries: readonly T[],
): ArticleRoute<T>[] {
	const byKey = new Map(entries.map((e) => [`${e.locale}/${e.slug}`, e]));
	const sources = entries
		.filter((e) => e.locale === sourceLocale)
		.sort((a, b) => a.slug.localeCompare(b.slug));
	return localeIds.flatMap((locale) =>
		sources.map((source) => {
			const translation = byKey.get(`${locale}/${source.slug}`);
			return {
				locale,
				slug: source.slug,
				entry: translation ?? source,
				source,
				isFallback: !translation,
			};
		}),
	);
}
