import type { APIRoute } from 'astro';
import { absoluteUrl } from '../routing/urls.ts';

/** `/robots.txt`: points crawlers at the sitemap. */
export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml', site)}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
