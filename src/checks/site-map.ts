import { errorCodesOf } from '../content/article-meta.ts';
import { localeIds, sourceLocale } from '../i18n/locales.ts';
import { articleUrl, referenceUrl } from '../routing/urls.ts';
import { referenceSections, sitePaths } from '../routing/site-routes.ts';
import { buildKnownCodes } from '../search/known-codes.ts';
import type { CheckedProject } from './types.ts';

/**
 * Every path of the site (the route table, routing/site-routes.ts), with the ids on it that
 * links may point at: an article's headings and anchors (of the translation shown in that
 * locale), a reference entry's sections and codes.
 */
export function siteMap(project: CheckedProject): Map<string, Set<string>> {
	const sources = project.articles.filter((a) => a.locale === sourceLocale);
	const codes = project.registry?.registry.codes.map((c) => c.code) ?? [];
	const known = buildKnownCodes(
		sources.map((source) => ({
			slug: source.slug,
			codes: errorCodesOf(source.data ?? {}, source.slug, source.facts?.firstHeading),
		})),
		codes,
	);
	const facts = {
		articleSlugs: sources.map((s) => s.slug),
		referenceCodes: codes,
		codeKeys: Object.keys(known),
	};
	const pages = new Map([...sitePaths(facts).keys()].map((path) => [path, new Set<string>()]));
	const referenceIds = new Set([...Object.values(referenceSections), ...codes]);
	const byPath = new Map(project.articles.map((a) => [`${a.locale}/${a.slug}`, a]));
	for (const locale of localeIds) {
		for (const code of codes) pages.set(referenceUrl(locale, code), referenceIds);
		for (const source of sources) {
			const shown = byPath.get(`${locale}/${source.slug}`) ?? source;
			pages.set(articleUrl(locale, source.slug), new Set(shown.facts?.anchors));
		}
	}
	return pages;
}
