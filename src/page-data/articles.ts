import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { buildArticleRoutes, locateEntry, type ArticleRoute } from '../routing/article-routes.ts';
import type { ArticleMetadata, StoredCompilation } from '../build/article-loader.ts';
import { readPacked } from '../build/article-html.ts';
import { draftTranslations } from '../content/drafts.ts';

/** An article entry with its locale and slug. */
interface Article {
	locale: Locale;
	slug: string;
	entry: CollectionEntry<'articles'>;
}

/** A route to one article page. */
export type ArticlePage = ArticleRoute<Article>;

let articlePages: { version: string; pages: ArticlePage[] } | undefined;

/**
 * Every article page of the site: each source article in each locale, with fallbacks. Made once
 * per version of the collection (every page that lists or links articles asks for them): once
 * in a build, again after each change in the dev server.
 */
export async function loadArticlePages(): Promise<ArticlePage[]> {
	// A build reads the collection once: it does not change while pages render, and reading it
	// (and its version) for each of thousands of pages costs more than rendering them.
	if (articlePages && !import.meta.env.DEV) return articlePages.pages;
	const entries = await getCollection('articles');
	const version = collectionVersion(entries);
	if (articlePages?.version !== version)
		articlePages = { version, pages: buildArticleRoutes(publishedArticles(entries)) };
	return articlePages.pages;
}

/** The entries that are pages of their own: every one but draft translations (drafts.ts). */
function publishedArticles(entries: readonly CollectionEntry<'articles'>[]): Article[] {
	const articles = entries.map((entry) => ({ ...locateEntry(entry.id), entry }));
	const drafts = draftTranslations(
		articles.map((a) => ({
			locale: a.locale,
			slug: a.slug,
			bodyHash: compilationOf(a.entry).bodyHash,
		})),
	);
	return articles.filter((a) => !drafts.has(`${a.locale}/${a.slug}`));
}

/**
 * What identifies a version of the collection: each entry's id and digest (a digest changes with
 * the file's text, and with the codes and compiler it was compiled with).
 * @example collectionVersion(entries) // 'en-us/aadsts50000 1f2e…\n…'
 */
function collectionVersion(
	entries: readonly Pick<CollectionEntry<'articles'>, 'id' | 'digest'>[],
): string {
	return entries.map((entry) => `${entry.id} ${entry.digest ?? ''}`).join('\n');
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
	return [...groups.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([service, list]) => ({ service, pages: list }));
}

/** What the articles loader stored with an entry. */
function metadataOf(entry: CollectionEntry<'articles'>): ArticleMetadata {
	const metadata = entry.rendered?.metadata as ArticleMetadata | undefined;
	if (!metadata?.compilation)
		throw new Error(
			`${entry.filePath ?? entry.id}: the articles loader stored no compilation for this entry`,
		);
	return metadata;
}

/**
 * What compiling an article found besides its HTML: its facts (anchors, links, codes, `<Sxs>`)
 * and the content hash of its text, as the articles loader stored them.
 * @example compilationOf(entry).facts?.oauthCodes // ['invalid_grant']
 */
export function compilationOf(entry: CollectionEntry<'articles'>): StoredCompilation {
	return metadataOf(entry).compilation;
}

/**
 * An article's HTML and headings, as the articles loader compiled them.
 * @example renderArticle(entry).headings[0] // { depth: 2, slug: 'cause', text: 'Cause' }
 */
export function renderArticle(entry: CollectionEntry<'articles'>): {
	html: string;
	headings: ArticleMetadata['headings'];
} {
	const { packed, headings } = metadataOf(entry);
	return { html: readPacked(packed, 'html', entry.id), headings };
}

/**
 * The Markdown body compiling wrote for an article (markdown-twin.ts), to be placed on a page
 * with `placeTwinBody`.
 */
export function compiledTwinBody(entry: CollectionEntry<'articles'>): string {
	return readPacked(metadataOf(entry).packed, 'twin', entry.id);
}
