import { errorCodesOf } from '../content/article-meta.ts';
import { loadArticlePages } from '../content/articles.ts';
import { sourceLocale } from '../i18n/locales.ts';
import { getReference } from '../reference/reference-data.ts';
import type { KnownCodes } from './code-query.ts';
import { buildKnownCodes } from './known-codes.ts';

/** The site's known codes: every en-us article's AADSTS codes and every registry code. */
export async function loadKnownCodes(): Promise<KnownCodes> {
	const pages = await loadArticlePages();
	const sources = pages.filter((p) => p.locale === sourceLocale);
	const articles = sources.map((p) => ({ slug: p.slug, codes: errorCodesOf(p.entry.entry.data, p.slug) }));
	const known = buildKnownCodes(articles, getReference().registry.codes.map((c) => c.code));
	// Titles let the search page show a pinned article in the reader's language without a lookup.
	for (const target of Object.values(known)) {
		if (target.kind !== 'article') continue;
		target.titles = Object.fromEntries(pages.filter((p) => p.slug === target.slug).map((p) => [p.locale, p.entry.entry.data.title]));
	}
	return known;
}
