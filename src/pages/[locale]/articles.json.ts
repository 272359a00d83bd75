import type { APIRoute } from 'astro';
import type { Locale } from '../../i18n/locales.ts';
import { localePaths } from '../../routing/urls.ts';
import { listArticles } from '../../twins/locale-pages.ts';

export const getStaticPaths = localePaths;

/**
 * `/<locale>/articles.json`, for support tooling: every error code (AADSTS and OAuth) → the
 * articles about it in this locale, each with its URLs and translation state (`source`,
 * `current`, `outdated`, `fallback`) and type (`HT`, `MT`) where it is a translation.
 */
export const GET: APIRoute = async ({ props }) => {
	const { locale } = props as { locale: Locale };
	const codes = new Map<string, object[]>();
	for (const a of await listArticles(locale)) {
		const listed = {
			slug: a.page.slug,
			title: a.title,
			url: a.url,
			markdown: a.markdownUrl,
			state: a.state,
			...(a.type ? { type: a.type } : {}),
		};
		for (const code of a.codes) codes.set(code, [...(codes.get(code) ?? []), listed]);
	}
	const sorted = Object.fromEntries([...codes].sort(([a], [b]) => a.localeCompare(b)));
	const body = { locale, count: codes.size, codes: sorted };
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};
