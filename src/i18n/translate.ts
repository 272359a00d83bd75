import i18next, { type TFunction } from 'i18next';
import { locales, sourceLocale, type Locale } from './locales.ts';
import { loadUiStrings } from './ui-strings.ts';

const strings = loadUiStrings();

/**
 * The site's one i18next instance. Languages are the locale ids (`zh-cn`); plural rules come
 * from each locale's BCP 47 tag, and every missing key falls back to en-US.
 */
const i18n = i18next.createInstance();
await i18n.init({
	resources: Object.fromEntries(
		Object.entries(strings).map(([locale, ui]) => [locales[locale as Locale].lang, { translation: ui }]),
	),
	lng: locales[sourceLocale].lang,
	fallbackLng: locales[sourceLocale].lang,
	// Keys are flat and dotted (`article.toc`): no nesting, and `:` is ordinary text.
	keySeparator: false,
	nsSeparator: false,
	// Astro escapes what it renders; escaping here too would show `&amp;` to readers.
	interpolation: { escapeValue: false },
	returnNull: false,
});

/**
 * Returns the translation function of a locale.
 * @example useTranslations('de-de')('article.toc') // 'In diesem Artikel'
 */
export function useTranslations(locale: Locale): TFunction {
	return i18n.getFixedT(locales[locale].lang);
}
