import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { buildArticleRoutes, locateEntry, type ArticleRoute } from '../routing/article-routes.ts';
import type { StoredCompilation } from './article-loader.ts';

/** An article entry with its locale and slug. */
export interface Article {
	locale: Locale;
	slug: string;
	entry: CollectionEntry<'articles'>;
}

/** A route to one article page. */
export type ArticlePage = ArticleRoute<Article>;

/**
 * Every article page of the site: each source article in each locale, with fallbacks.
 */
export async function loadArticlePages(): Promise<ArticlePage[]> {
	const entries = await getCollection('articles');
	return buildArticleRoutes(entries.map((entry) => ({ ...locateEntry(entry.id), entry })));
}

/** Articles of a locale grouped by `ms.service`, groups and articles in a stable order. */
export interface ServiceGroup {
	service: string;
	pages: ArticlePage[];
}

/**
 * Groups a locale's article pages by product or service (`ms.service` of the source).
 * @example groupByService(pages) // [{ service: 'entra-id', pages: [...] }, ...]
 */
export function groupByService(pages: readonly ArticlePage[]): ServiceGroup[] {
	const groups = new Map<string, ArticlePage[]>();
	for (const page of pages) {
		const service = page.source.entry.data['ms.service'] ?? 'other';
		const group = groups.get(service);
		if (group) group.push(page);
		else groups.set(service, [page]);
	}
	return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([service, list]) => ({ service, pages: list }));
}

/**
 * What compiling an article found besides its HTML: its facts (anchors, links, codes, `<Sxs>`)
 * and the content hash of its text, as the articles loader stored them.
 * @example compilationOf(entry).facts?.oauthCodes // ['invalid_grant']
 */
export function compilationOf(entry: CollectionEntry<'articles'>): StoredCompilation {
	const kept = entry.rendered?.metadata?.['compilation'];
	if (!kept) throw new Error(`${entry.filePath ?? entry.id}: the articles loader stored no compilation for this entry`);
	return kept as StoredCompilation;
}
