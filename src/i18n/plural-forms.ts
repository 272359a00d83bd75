/**
 * Counted UI strings (`key_one`, `key_few`, `key_other`, …) for code that runs in the browser,
 * where i18next is not loaded: the page gets a string's form for each plural category of its
 * language, and `formatCount` picks the form as i18next does.
 */

/** A counted string's text per plural category (`one`, `few`, `other`, …), `{{count}}` kept. */
export type PluralForms = Record<string, string>;

/**
 * The forms of a counted UI string in a language, from its locale's strings.
 * @example pluralForms({ 'a_one': '{{count}} code', 'a_other': '{{count}} codes' }, 'a', 'en-US') // { one: '{{count}} code', other: '{{count}} codes' }
 */
export function pluralForms(
	strings: Readonly<Record<string, string>>,
	key: string,
	lang: string,
): PluralForms {
	const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
	return Object.fromEntries(
		categories.map((c) => [c, strings[`${key}_${c}`] ?? strings[`${key}_other`] ?? '']),
	);
}

/**
 * Formats a count with the form its plural category takes in the language.
 * @example formatCount({ one: '{{count}} code', other: '{{count}} codes' }, 'en-US', 3) // '3 codes'
 */
export function formatCount(forms: Readonly<PluralForms>, lang: string, count: number): string {
	const category = new Intl.PluralRules(lang).select(count);
	return (forms[category] ?? forms['other'] ?? '').replaceAll('{{count}}', String(count));
}
