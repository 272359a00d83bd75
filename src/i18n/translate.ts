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
		Object.entries(strings).map(([locale, ui]) => [
			locales[locale as Locale].lang,
			{ translation: ui },
		]),
	),
	lng: locales[sourceLocale].lang,
	fallbackLng: locales[sourceLocale].lang,
	// Keys are flat and dotted (`article.toc`): no nesting, and `:` is ordinary text.
	keySeparator: false,
	nsSeparator: false,
	// Astro escapes what it renders; escaping here too would show `&amp;` to readers.
	// Nesting (`$t(key)`) is off: its markers are set to text no string can hold (the schema
	// rejects `$t(` as well), so a string never pulls another one in.
	interpolation: { escapeValue: false, nestingPrefix: '\uFDD0$t(', nestingSuffix: ')\uFDD0' },
	returnNull: false,
});

const fixed = new Map<Locale, TFunction>();

/**
 * Returns the translation function of a locale. A string asked for without options is looked up
 * once per build: every page asks for the same header, footer and menu strings.
 * @example useTranslations('de-de')('article.toc') // 'In diesem Artikel'
 */
export function useTranslations(locale: Locale): TFunction {
	let t = fixed.get(locale);
	if (!t) {
		const translate = i18n.getFixedT(locales[locale].lang);
		const plain = new Map<string, string>();
		t = ((key: string, ...rest: unknown[]) => {
			if (rest.length > 0 || typeof key !== 'string')
				return (translate as unknown as (...args: unknown[]) => string)(key, ...rest);
			let text = plain.get(key);
			if (text === undefined) plain.set(key, (text = translate(key)));
			return text;
		}) as unknown as TFunction;
		fixed.set(locale, t);
	}
	return t;
}
