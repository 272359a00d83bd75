import { errorCodesOf } from '../content/article-meta.ts';
import { compilationOf, loadArticlePages } from './articles.ts';
import { sourceLocale } from '../i18n/locales.ts';
import { getReference } from '../reference/reference-data.ts';
import type { KnownCodes } from '../search/code-query.ts';
import { buildKnownCodes } from '../search/known-codes.ts';

/** The site's known codes: every en-us article's AADSTS codes and every registry code. */
export async function loadKnownCodes(): Promise<KnownCodes> {
	const sources = (await loadArticlePages()).filter((p) => p.locale === sourceLocale);
	// Without `errorCodes`, an article's codes come from its title, first heading and slug.
	const articles = sources.map((p) => ({
		slug: p.slug,
		codes: errorCodesOf(
			p.entry.entry.data,
			p.slug,
			compilationOf(p.entry.entry).facts?.firstHeading,
		),
	}));
	// No titles: the search page downloads this before its first exact match, so it stays small
	// (a pinned article takes its title from the full-text results).
	return buildKnownCodes(
		articles,
		getReference().registry.codes.map((c) => c.code),
	);
}
