import type { APIRoute } from 'astro';
import { isNoIndex } from '../content/article-meta.ts';
import { loadArticlePages } from '../page-data/articles.ts';
import { localeIds, locales } from '../i18n/locales.ts';
import { absoluteUrl, articleUrl, homeUrl } from '../routing/urls.ts';

/**
 * `/sitemap.xml`: every indexable page with its language alternates. Left out: articles whose
 * front matter says `ROBOTS: NOINDEX`, and fallback pages (their canonical is the English source).
 */
export const GET: APIRoute = async ({ site }) => {
	const pages = await loadArticlePages();
	const alternates = (pathOf: (locale: (typeof localeIds)[number]) => string) =>
		localeIds
			.map(
				(id) =>
					`<xhtml:link rel="alternate" hreflang="${locales[id].lang}" href="${absoluteUrl(pathOf(id), site)}"/>`,
			)
			.join('');
	const homes = localeIds.map((id) => ({ path: homeUrl(id), links: alternates(homeUrl) }));
	const articles = pages
		.filter((page) => !page.isFallback && !isNoIndex(page.entry.entry.data))
		.map((page) => ({
			path: articleUrl(page.locale, page.slug),
			links: alternates((id) => articleUrl(id, page.slug)),
		}));
	const urls = [...homes, ...articles].map(
		(u) => `<url><loc>${absoluteUrl(u.path, site)}</loc>${u.links}</url>`,
	);
	const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
	return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
