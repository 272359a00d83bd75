import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alertTitlesOf } from '../../../../build/article-loader.ts';
import { localeIds, type Locale } from '../../../../i18n/locales.ts';
import { loadMentionContext } from '../../../../reference/code-context.ts';
import type { MentionContext } from '../../../../reference/mentions.ts';
import { articleTwin } from '../../../../twins/article-twin.ts';
import { listArticles, type ListedArticle } from '../../../../twins/locale-pages.ts';
import { articleSourcePath } from '../../../../content/article-files.ts';
import { compiledTwinBody } from '../../../../page-data/articles.ts';
import { needsRendering } from '../../../../build/page-carry-over.ts';
import { articleOutputFiles } from '../../../../page-data/page-parts.ts';

/** Every article page's twin, at `/<locale>/troubleshoot/<slug>/index.md`. */
export const getStaticPaths = (async () => {
	const lists = await Promise.all(localeIds.map((locale) => listArticles(locale)));
	// An incremental build renders only the twins whose article changed (build/page-carry-over.ts).
	return lists
		.flat()
		.filter(({ page, ...listed }) =>
			needsRendering(articleOutputFiles(page.locale, page.slug).twin, [
				listed,
				page.entry.entry.digest,
				page.source.entry.digest,
			]),
		)
		.map((article) => ({
			params: { locale: article.page.locale, slug: article.page.slug },
			props: { article },
		}));
}) satisfies GetStaticPaths;

let context: MentionContext | undefined;

/** The Markdown twin of an article page: what the page shows (the translation, or the English fallback), as Markdown. */
export const GET: APIRoute = async ({ props }) => {
	const { article } = props as { article: ListedArticle };
	const { page } = article;
	const file = page.entry.entry.filePath ?? articleSourcePath(page.entry.locale, page.slug);
	const path = join(process.cwd(), file);
	const meta = {
		title: article.title,
		description: article.description,
		codes: article.codes,
		locale: page.locale,
		sourceUrl: article.url,
		translation: article.state,
		translationType: article.type,
	};
	// Compiling wrote the body with the file's own title, which is the page's.
	const compiledBody =
		meta.title === page.entry.entry.data.title ? compiledTwinBody(page.entry.entry) : undefined;
	const twin = await articleTwin(
		path,
		compiledBody === undefined ? readFileSync(path, 'utf8') : '',
		{
			context: (context ??= loadMentionContext(process.cwd())),
			alertTitles: alertTitlesOf(),
			textLocale: page.entry.locale as Locale,
			meta,
			compiledBody,
		},
	);
	return new Response(twin, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};
