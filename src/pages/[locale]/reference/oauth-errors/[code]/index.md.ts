import type { APIRoute, GetStaticPaths } from 'astro';
import { localeIds, sourceLocale, type Locale } from '../../../../../i18n/locales.ts';
import { useTranslations } from '../../../../../i18n/translate.ts';
import { articlesMentioning } from '../../../../../page-data/articles-by-code.ts';
import { getReference } from '../../../../../reference/reference-data.ts';
import { absoluteUrl, articleUrl, referenceUrl } from '../../../../../routing/urls.ts';
import { siteOrigin } from '../../../../../site-config.ts';
import { needsRendering } from '../../../../../build/page-carry-over.ts';
import { referenceTwinFile } from '../../../../../page-data/page-parts.ts';
import {
	listArticles,
	listReference,
	type ListedEntry,
} from '../../../../../twins/locale-pages.ts';
import { referenceTwin } from '../../../../../twins/reference-twin.ts';

/**
 * Every reference entry's twin, at `/<locale>/reference/oauth-errors/<code>/index.md`. The entry
 * and its explanation are in every page's key (the registry and explanations are site inputs);
 * an incremental build renders a twin again when the articles it links change (their titles, or
 * which articles mention the code), see build/page-carry-over.ts.
 */
export const getStaticPaths = (async () => {
	const paths = [];
	for (const locale of localeIds) {
		const articleOf = new Map(
			(await listArticles(locale)).flatMap((a) =>
				a.codes.filter((c) => c.startsWith('AADSTS')).map((c) => [c, a.url] as const),
			),
		);
		for (const listed of listReference(locale)) {
			const { code } = listed.entry;
			const backlinks = (await articlesMentioning(locale, code)).map((p) => ({
				title: p.entry.entry.data.title,
				url: absoluteUrl(articleUrl(locale, p.slug), siteOrigin()),
			}));
			const aadsts = listed.entry.aadsts.map((c) => ({ code: c, url: articleOf.get(c) }));
			const props = { locale, listed, backlinks, aadsts };
			if (needsRendering(referenceTwinFile(locale, code), props))
				paths.push({ params: { locale, code }, props });
		}
	}
	return paths;
}) satisfies GetStaticPaths;

/** The Markdown twin of a reference entry, in the page's language. */
export const GET: APIRoute = ({ props }) => {
	const { locale, listed, backlinks, aadsts } = props as {
		locale: Locale;
		listed: ListedEntry;
		backlinks: { title: string; url: string }[];
		aadsts: { code: string; url: string | undefined }[];
	};
	const t = useTranslations(locale);
	const { entry } = listed;
	const explanation = getReference().explanations[locale][entry.code];
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
