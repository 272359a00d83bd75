/**
 * The site's locales: the one list every other module reads.
 *
 * Adding a locale is one entry here plus one UI-strings file, `src/i18n/ui/<id>.json`.
 * The id is the lowercase URL segment and content folder name; `lang` is its BCP 47 tag.
 */
export const locales = {
	'en-us': { lang: 'en-US', label: 'English (United States)', dir: 'ltr' },
	'zh-cn': { lang: 'zh-CN', label: '中文 (简体)', dir: 'ltr' },
	'ja-jp': { lang: 'ja-JP', label: '日本語', dir: 'ltr' },
	'de-de': { lang: 'de-DE', label: 'Deutsch', dir: 'ltr' },
	'fr-fr': { lang: 'fr-FR', label: 'Français', dir: 'ltr' },
	'ar-sa': { lang: 'ar-SA', label: 'العربية', dir: 'rtl' },
} as const satisfies Record<string, { lang: string; label: string; dir: 'ltr' | 'rtl' }>;

/** A locale id such as `zh-cn`. */
export type Locale = keyof typeof locales;

/** The language articles are written in first; every other locale holds translations. */
export const sourceLocale: Locale = 'en-us';

/** Every locale id, the source locale first. */
export const localeIds = Object.keys(locales) as Locale[];

/**
 * Tells whether a string is one of the site's locale ids.
 * @example isLocale('zh-cn') // true
 */
export function isLocale(value: string): value is Locale {
	return Object.hasOwn(locales, value);
}

/**
 * The name of a locale's language in that language, for use inside a sentence.
 * @example languageName('fr-fr') // 'français'
 */
export function languageName(locale: Locale): string {
	const { lang } = locales[locale];
	const language = lang.split('-')[0] ?? lang;
	return new Intl.DisplayNames([lang], { type: 'language' }).of(language) ?? locales[locale].label;
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/**
 * A date as a reader of a locale writes it in full (one formatter per locale, made once).
 * @example formatLongDate('de-de', new Date('2026-11-24')) // '24. November 2026'
 */
export function formatLongDate(locale: Locale, date: Date): string {
	let format = dateFormats.get(locale);
	if (!format)
		dateFormats.set(
			locale,
			(format = new Intl.DateTimeFormat(locales[locale].lang, {
				dateStyle: 'long',
				timeZone: 'UTC',
			})),
		);
	return format.format(date);
}
