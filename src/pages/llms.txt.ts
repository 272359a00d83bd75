import type { APIRoute } from 'astro';
import { localeIds, locales, sourceLocale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { absoluteUrl, llmsTxtUrl } from '../routing/urls.ts';
import { siteOrigin, siteTitle } from '../site-config.ts';
import { rootLlmsTxt } from '../twins/llms-txt.ts';

/** `/llms.txt`: the site's name and each locale's llms.txt. */
export const GET: APIRoute = () => {
	const t = useTranslations(sourceLocale);
	const list = localeIds.map((id) => ({
		name: `${locales[id].label} (${locales[id].lang})`,
		url: absoluteUrl(llmsTxtUrl(id), siteOrigin()),
	}));
	return new Response(rootLlmsTxt(siteTitle(t('site.name')), t('site.tagline'), list), {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
};
