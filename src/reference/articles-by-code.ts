import { loadArticlePages, type ArticlePage } from '../content/articles.ts';
import type { Locale } from '../i18n/locales.ts';
import { codesOfArticle } from './backlinks.ts';
import { loadMentionContext } from './code-context.ts';

let cached: Promise<Map<string, ArticlePage[]>> | undefined;

/**
 * The article pages of each locale that concern each code, keyed `<locale>/<code>`: a locale's
 * translation where it has one, else the English article shown there.
 */
export function articlesByCode(): Promise<Map<string, ArticlePage[]>> {
	cached ??= (async () => {
		const context = loadMentionContext(process.cwd());
		const codesOfEntry = new Map<string, string[]>();
		const map = new Map<string, ArticlePage[]>();
		for (const page of await loadArticlePages()) {
			const { entry } = page.entry;
			if (!codesOfEntry.has(entry.id)) codesOfEntry.set(entry.id, codesOfArticle(entry.body ?? '', entry.data.oauthCodes, context));
			for (const code of codesOfEntry.get(entry.id) ?? []) {
				const key = `${page.locale}/${code}`;
				map.set(key, [...(map.get(key) ?? []), page]);
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
