import { localeIds, type Locale } from '../i18n/locales.ts';

/**
 * Where a known code leads: an article (AADSTS codes; `also` lists the slugs of other articles
 * about the same code) or a reference entry (OAuth codes).
 */
export type CodeTarget =
	| { kind: 'article'; slug: string; code: string; also?: string[] }
	| { kind: 'reference'; code: string };

/**
 * The URL of an article in a locale; every URL ends with a slash.
 * @example articleUrl('zh-cn', 'aadsts50000') // '/zh-cn/troubleshoot/aadsts50000/'
 */
export function articleUrl(locale: Locale, slug: string): string {
	return `/${locale}/troubleshoot/${slug}/`;
}

/**
 * The home page of a locale.
 * @example homeUrl('ar-sa') // '/ar-sa/'
 */
export function homeUrl(locale: Locale): string {
	return `/${locale}/`;
}

/**
 * The OAuth error reference index of a locale.
 * @example referenceIndexUrl('ja-jp') // '/ja-jp/reference/oauth-errors/'
 */
export function referenceIndexUrl(locale: Locale): string {
	return `/${locale}/reference/oauth-errors/`;
}

/**
 * One code's reference entry in a locale.
 * @example referenceUrl('ja-jp', 'invalid_grant') // '/ja-jp/reference/oauth-errors/invalid_grant/'
 */
export function referenceUrl(locale: Locale, code: string): string {
	return `${referenceIndexUrl(locale)}${code}/`;
}

/**
 * Where a locale's search index and engine (Pagefind) are served from.
 * @example searchBundlePath('ja-jp') // '/pagefind/ja-jp/'
 */
export function searchBundlePath(locale: Locale): string {
	return `/pagefind/${locale}/`;
}

/**
 * The search page of a locale; `?q=` runs a query.
 * @example searchUrl('fr-fr') // '/fr-fr/search/'
 */
export function searchUrl(locale: Locale): string {
	return `/${locale}/search/`;
}

/**
 * The translation dashboard of a locale.
 * @example translationStatusUrl('ja-jp') // '/ja-jp/translation-status/'
 */
export function translationStatusUrl(locale: Locale): string {
	return `/${locale}/translation-status/`;
}

/**
 * The error lookup of a locale; `?code=` leads to that code's page in the locale.
 * @example errorLookupUrl('de-de') // '/de-de/errors/'
 */
export function errorLookupUrl(locale: Locale): string {
	return `/${locale}/errors/`;
}

/**
 * The language-neutral page of a known code, by its lookup key.
 * @example codeUrl('aadsts50000') // '/errors/aadsts50000/'
 */
export function codeUrl(key: string): string {
	return `/errors/${key}/`;
}

/**
 * The same page in another locale: every page of the site exists in every locale (an article
 * without a translation falls back to English at its translated URL), so only the prefix changes.
 * @example switchLocale('/zh-cn/troubleshoot/aadsts50000/', 'ja-jp') // '/ja-jp/troubleshoot/aadsts50000/'
 */
export function switchLocale(path: string, locale: Locale): string {
	const [, first = '', ...rest] = path.split('/');
	if (!(localeIds as string[]).includes(first)) {
		throw new Error(`switchLocale: "${path}" does not start with a locale segment such as /en-us/`);
	}
	return ['', locale, ...rest].join('/');
}

/**
 * Makes an absolute URL on the deployed site.
 * @example absoluteUrl('/en-us/', 'https://docs.example.com') // 'https://docs.example.com/en-us/'
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
	if (!site)
		throw new Error('The site URL is not set: set `site` in astro.config.mjs (or SITE_URL).');
	return new URL(path, site).href;
}

/**
 * The page of a known code in a locale: its article, or its reference entry.
 * @example codeTargetUrl({ kind: 'reference', code: 'invalid_grant' }, 'ja-jp') // '/ja-jp/reference/oauth-errors/invalid_grant/'
 */
export function codeTargetUrl(target: CodeTarget, locale: Locale): string {
	return target.kind === 'article'
		? articleUrl(locale, target.slug)
		: referenceUrl(locale, target.code);
}

/**
 * `getStaticPaths` of a page that exists once per locale: `/<locale>/…`, with `locale` as prop.
 * @example export const getStaticPaths = localePaths;
 */
export function localePaths(): { params: { locale: Locale }; props: { locale: Locale } }[] {
	return localeIds.map((locale) => ({ params: { locale }, props: { locale } }));
}

/**
 * The Markdown version of a page (for AI assistants and `curl`), at the page's URL + `index.md`.
 * @example markdownTwinUrl('/en-us/troubleshoot/x/') // '/en-us/troubleshoot/x/index.md'
 */
export function markdownTwinUrl(pageUrl: string): string {
	return `${pageUrl}index.md`;
}

/**
 * A locale's llms.txt (llmstxt.org), or the site's without a locale.
 * @example llmsTxtUrl('de-de') // '/de-de/llms.txt'
 */
export function llmsTxtUrl(locale?: Locale): string {
	return locale ? `/${locale}/llms.txt` : '/llms.txt';
}

/**
 * A locale's index of articles by error code, as JSON.
 * @example articlesJsonUrl('ja-jp') // '/ja-jp/articles.json'
 */
export function articlesJsonUrl(locale: Locale): string {
	return `/${locale}/articles.json`;
}

/**
 * A locale's "page not found" page (the site's own is `/404.html`).
 * @example notFoundUrl('fr-fr') // '/fr-fr/404/'
 */
export function notFoundUrl(locale: Locale): string {
	return `/${locale}/404/`;
}

/** The site's files that exist once, whatever the locale. */
export const siteFileUrls = {
	languagePicker: '/',
	notFound: '/404.html',
	llmsTxt: llmsTxtUrl(),
	robotsTxt: '/robots.txt',
	sitemap: '/sitemap.xml',
	/** The registry as JSON, for tools. */
	referenceJson: '/reference/oauth-errors.json',
	/** Every known code and where it leads, read by the search page and the error lookup. */
	knownCodes: '/search/codes.json',
} as const;
