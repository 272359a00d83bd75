import type { APIRoute } from 'astro';
import { loadKnownCodes } from '../../page-data/site-codes.ts';

/** `/search/codes.json`: every known code and where it leads, for the search box and error lookup. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await loadKnownCodes()), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
