import { localeIds, type Locale } from '../i18n/locales.ts';
import {
	articlesJsonUrl,
	articleUrl,
	codeUrl,
	errorLookupUrl,
	homeUrl,
	llmsTxtUrl,
	markdownTwinUrl,
	notFoundUrl,
	referenceIndexUrl,
	referenceUrl,
	searchUrl,
	siteFileUrls,
	translationStatusUrl,
} from './urls.ts';

/**
 * The site's route table: every page and file the build writes, from the facts they are made
 * from. The pages' `getStaticPaths` make these paths with the same URL helpers (urls.ts), the
 * link check (checks/site-map.ts) reads them, and a test compares them with the built site.
 */

/** What the site's pages are made from. */
export interface SiteFacts {
	/** The slugs of the source (en-us) articles: each is a page in every locale. */
	articleSlugs: readonly string[];
	/** The registry's codes: each has an entry page in every locale. */
	referenceCodes: readonly string[];
	/** The lookup keys of every known code (`aadsts50000`, `invalid_grant`): `/errors/<key>/`. */
	codeKeys: readonly string[];
}

/** One kind of page: whether it is HTML (links may point at its ids) and its paths. */
interface SiteRoute {
	name: string;
	html: boolean;
	paths: (facts: SiteFacts) => string[];
}

/**
 * The ids of a reference entry's sections, as its template writes them (a section without
 * content is left out of a page).
 */
export const referenceSections = {
	definitions: 'definitions',
	example: 'example',
	causes: 'causes',
	fixes: 'fixes',
	related: 'related',
	aadsts: 'aadsts',
	articles: 'articles',
} as const;

const perLocale = (path: (locale: Locale) => string) => () => localeIds.map(path);
const articles = (f: SiteFacts) =>
	localeIds.flatMap((locale) => f.articleSlugs.map((slug) => articleUrl(locale, slug)));
const entries = (f: SiteFacts) =>
	localeIds.flatMap((locale) => f.referenceCodes.map((code) => referenceUrl(locale, code)));

/** Every route of the site. */
const siteRoutes: readonly SiteRoute[] = [
	{ name: 'language picker', html: true, paths: () => [siteFileUrls.languagePicker] },
	{ name: 'not found', html: true, paths: () => [siteFileUrls.notFound] },
	{ name: 'home', html: true, paths: perLocale(homeUrl) },
	{ name: 'article', html: true, paths: articles },
	{ name: 'article twin', html: false, paths: (f) => articles(f).map(markdownTwinUrl) },
	{ name: 'reference index', html: true, paths: perLocale(referenceIndexUrl) },
	{ name: 'reference entry', html: true, paths: entries },
	{ name: 'reference entry twin', html: false, paths: (f) => entries(f).map(markdownTwinUrl) },
	{ name: 'search', html: true, paths: perLocale(searchUrl) },
	{ name: 'error lookup', html: true, paths: perLocale(errorLookupUrl) },
	{ name: 'code', html: true, paths: (f) => f.codeKeys.map(codeUrl) },
	{ name: 'translation status', html: true, paths: perLocale(translationStatusUrl) },
	{ name: 'locale not found', html: true, paths: perLocale(notFoundUrl) },
	{ name: 'articles by code', html: false, paths: perLocale(articlesJsonUrl) },
	{ name: 'locale llms.txt', html: false, paths: perLocale(llmsTxtUrl) },
	{
		name: 'site files',
		html: false,
		paths: () => [
			siteFileUrls.llmsTxt,
			siteFileUrls.robotsTxt,
			siteFileUrls.sitemap,
			siteFileUrls.referenceJson,
			siteFileUrls.knownCodes,
		],
	},
];

/**
 * Every path of the site, each with whether it is an HTML page.
 * @example sitePaths(facts).get('/en-us/search/') // true
 */
export function sitePaths(facts: SiteFacts): Map<string, boolean> {
	return new Map(
		siteRoutes.flatMap((route) => route.paths(facts).map((path) => [path, route.html])),
	);
}
