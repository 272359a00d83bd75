import type { APIRoute } from 'astro';
import { languageName, locales, type Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translate.ts';
import { absoluteUrl, articlesJsonUrl, localePaths } from '../../routing/urls.ts';
import { siteOrigin, siteTitle } from '../../site-config.ts';
import { localeLlmsTxt } from '../../twins/llms-txt.ts';
import { listArticles, listReference } from '../../twins/locale-pages.ts';

export const getStaticPaths = localePaths;

/** `/<locale>/llms.txt`: every article and reference entry of a locale, for AI assistants (llmstxt.org). */
export const GET: APIRoute = async ({ props }) => {
	const { locale } = props as { locale: Locale };
	const t = useTranslations(locale);
	const articles = (await listArticles(locale)).map((a) => ({
		title: a.title,
		url: a.url,
		description: a.description,
		codes: a.codes,
	}));
	const reference = listReference(locale).map((r) => ({
		title: r.entry.code,
		url: r.url,
		description: r.summary,
		codes: [r.entry.code],
	}));
	const text = localeLlmsTxt({
		siteName: siteTitle(t('site.name')),
		tagline: t('site.tagline'),
		language: `${languageName(locale)} (${locales[locale].lang})`,
		articlesJson: absoluteUrl(articlesJsonUrl(locale), siteOrigin()),
		labels: {
			articles: t('nav.articles'),
			reference: t('reference.title'),
			codes: t('article.errorCodes'),
		},
		articles,
		reference,
	});
	return new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
