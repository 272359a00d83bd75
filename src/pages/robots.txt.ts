import type { APIRoute } from 'astro';
import { absoluteUrl, siteFileUrls } from '../routing/urls.ts';

/** `/robots.txt`: points crawlers at the sitemap. */
export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(siteFileUrls.sitemap, site)}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
