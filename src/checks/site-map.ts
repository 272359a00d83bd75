import { errorCodesOf } from '../content/article-meta.ts';
import { localeIds, sourceLocale, type Locale } from '../i18n/locales.ts';
import { lookupKey } from '../search/code-query.ts';
import {
	articleUrl,
	codeUrl,
	errorLookupUrl,
	homeUrl,
	referenceIndexUrl,
	referenceUrl,
	searchUrl,
	translationStatusUrl,
} from '../routing/urls.ts';
import type { CheckedProject } from './types.ts';

/** The section ids of a reference entry page (see its template). */
const referenceAnchors = [
	'definitions',
	'example',
	'causes',
	'fixes',
	'related',
	'aadsts',
	'articles',
];

/** Every page path of the site, with the ids on it that links may point at. */
export function siteMap(project: CheckedProject): Map<string, Set<string>> {
	const pages = new Map<string, Set<string>>([['/', new Set()]]);
	const sources = project.articles.filter((a) => a.locale === sourceLocale);
	const byPath = new Map(project.articles.map((a) => [`${a.locale}/${a.slug}`, a]));
	const codes = project.registry?.registry.codes.map((c) => c.code) ?? [];
	const referenceIds = new Set([...referenceAnchors, ...codes]);
	for (const locale of localeIds) {
		for (const path of [
			homeUrl(locale),
			searchUrl(locale),
			errorLookupUrl(locale),
			referenceIndexUrl(locale),
			translationStatusUrl(locale),
		])
			pages.set(path, new Set());
		for (const code of codes) pages.set(referenceUrl(locale, code), referenceIds);
		for (const source of sources) {
			const shown = byPath.get(`${locale}/${source.slug}`) ?? source;
			pages.set(articleUrl(locale as Locale, source.slug), new Set(shown.facts?.anchors));
		}
	}
	for (const source of sources) {
		for (const code of errorCodesOf(source.data ?? {}, source.slug)) {
			pages.set(codeUrl(lookupKey(code)), new Set());
		}
	}
	for (const code of codes) pages.set(codeUrl(code), new Set());
	return pages;
}
