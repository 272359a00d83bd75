import { isLocale, type Locale } from '../i18n/locales.ts';

/**
 * Finds the locale of an article from its file path (`…/content/articles/<locale>/<slug>.mdx`).
 * @example localeOfContentPath('/repo/content/articles/ja-jp/aadsts50011.mdx') // 'ja-jp'
 */
export function localeOfContentPath(path: string | undefined): Locale | undefined {
	return locateContentFile(path ?? '')?.locale;
}

/**
 * Finds the locale and slug of an article from its path.
 * @example locateContentFile('content/articles/ja-jp/aadsts50011.mdx') // { locale: 'ja-jp', slug: 'aadsts50011' }
 */
export function locateContentFile(path: string): { locale: Locale; slug: string } | undefined {
	const match = /(?:^|[\\/])articles[\\/]([^\\/]+)[\\/]([^\\/]+)\.mdx$/.exec(path);
	const [, folder = '', slug = ''] = match ?? [];
	return isLocale(folder) ? { locale: folder, slug } : undefined;
}
