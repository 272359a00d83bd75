import type { APIRoute, GetStaticPaths } from 'astro';
import { localeIds, sourceLocale, type Locale } from '../../../../../i18n/locales.ts';
import { useTranslations } from '../../../../../i18n/translate.ts';
import { articlesMentioning } from '../../../../../page-data/articles-by-code.ts';
import { getReference } from '../../../../../reference/reference-data.ts';
import { absoluteUrl, articleUrl, referenceUrl } from '../../../../../routing/urls.ts';
import { siteOrigin } from '../../../../../site-config.ts';
import {
	listArticles,
	listReference,
	type ListedEntry,
} from '../../../../../twins/locale-pages.ts';
import { referenceTwin } from '../../../../../twins/reference-twin.ts';

/** Every reference entry's twin, at `/<locale>/reference/oauth-errors/<code>/index.md`. */
export const getStaticPaths = (() =>
	localeIds.flatMap((locale) =>
		listReference(locale).map((listed) => ({
			params: { locale, code: listed.entry.code },
			props: { locale, listed },
		})),
	)) satisfies GetStaticPaths;

/** The Markdown twin of a reference entry, in the page's language. */
export const GET: APIRoute = async ({ props }) => {
	const { locale, listed } = props as { locale: Locale; listed: ListedEntry };
	const t = useTranslations(locale);
	const { entry } = listed;
	const explanation = getReference().explanations[locale][entry.code];
	const backlinks = (await articlesMentioning(locale, entry.code)).map((p) => ({
		title: p.entry.entry.data.title,
		url: absoluteUrl(articleUrl(locale, p.slug), siteOrigin()),
	}));
	const labels = {
		definitions: t('reference.definitions'),
		example: t('reference.example'),
		causes: t('reference.causes'),
		fixes: t('reference.fixes'),
		related: t('reference.related'),
		aadsts: t('reference.aadsts'),
		backlinks: t('reference.backlinks'),
		noBacklinks: t('reference.noBacklinks'),
		deprecated: entry.removed && t('reference.deprecated', { reason: entry.removed.reason }),
	};
	const translation = locale === sourceLocale ? 'source' : explanation ? 'current' : 'fallback';
	const meta = {
		title: entry.code,
		description: explanation?.summary,
		codes: [entry.code],
		locale,
		sourceUrl: listed.url,
		translation,
	};
	const relatedUrl = (code: string) => absoluteUrl(referenceUrl(locale, code), siteOrigin());
	const articleOf = new Map(
		(await listArticles(locale)).flatMap((a) =>
			a.codes.filter((c) => c.startsWith('AADSTS')).map((c) => [c, a.url] as const),
		),
	);
	const aadsts = entry.aadsts.map((code) => ({ code, url: articleOf.get(code) }));
	return new Response(
		referenceTwin(getReference(), {
			entry,
			explanation,
			labels,
			relatedUrl,
			aadsts,
			backlinks,
			meta,
		}),
		{ headers: { 'content-type': 'text/markdown; charset=utf-8' } },
	);
};
