import { compilationOf, loadArticlePages, type ArticlePage } from './articles.ts';
import type { Locale } from '../i18n/locales.ts';

let cached: Promise<Map<string, ArticlePage[]>> | undefined;

/**
 * The article pages of each locale that concern each code, keyed `<locale>/<code>`: a locale's
 * translation where it has one, else the English article shown there.
 */
function articlesByCode(): Promise<Map<string, ArticlePage[]>> {
	cached ??= (async () => {
		const map = new Map<string, ArticlePage[]>();
		for (const page of await loadArticlePages()) {
			for (const code of compilationOf(page.entry.entry).facts?.oauthCodes ?? []) {
				const key = `${page.locale}/${code}`;
				const list = map.get(key);
				if (list) list.push(page);
				else map.set(key, [page]);
			}
		}
		return map;
	})();
	return cached;
}

/** The article pages of a locale that concern a code. */
export async function articlesMentioning(locale: Locale, code: string): Promise<ArticlePage[]> {
	return (await articlesByCode()).get(`${locale}/${code}`) ?? [];
}
