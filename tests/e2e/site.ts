import { readdirSync } from 'node:fs';
import { localeIds, locales, sourceLocale, type Locale } from '../../src/i18n/locales.ts';

/** The articles on disk, so the browser tests follow the content as it grows. */
const slugsIn = (locale: Locale) =>
	readdirSync(`content/articles/${locale}`)
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => f.replace(/\.mdx$/, ''))
		.sort();

export const sourceSlugs = slugsIn(sourceLocale);

/** Every article page: locale, slug and whether it shows the English fallback. */
export const articlePages = localeIds.flatMap((locale) => {
	const translated = new Set(slugsIn(locale));
	return sourceSlugs.map((slug) => ({
		locale,
		slug,
		isFallback: !translated.has(slug),
		...locales[locale],
	}));
});

/** One fallback article per locale that has one. */
export const fallbackPages = localeIds
	.map((locale) => articlePages.find((p) => p.locale === locale && p.isFallback))
	.filter((p) => p !== undefined);

export { localeIds, locales, sourceLocale };
