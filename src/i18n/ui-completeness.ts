import { localeIds, locales, sourceLocale, type Locale } from './locales.ts';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/**
 * The keys a locale must have: every plain key of en-us, and every plural key in each plural
 * category of the locale's language (Arabic needs `_zero` … `_other`, Japanese only `_other`).
 * @example expectedKeys(['home.count_one', 'home.count_other'], 'ja-jp') // ['home.count_other']
 */
function expectedKeys(sourceKeys: readonly string[], locale: Locale): string[] {
	const categories = new Intl.PluralRules(locales[locale].lang).resolvedOptions().pluralCategories;
	const plain = sourceKeys.filter((k) => !pluralSuffix.test(k));
	const plural = [
		...new Set(
			sourceKeys.filter((k) => pluralSuffix.test(k)).map((k) => k.replace(pluralSuffix, '')),
		),
	];
	return [...plain, ...plural.flatMap((base) => categories.map((c) => `${base}_${c}`))].sort();
}

/** A key a locale lacks, or has but en-us does not. */
export interface UiStringProblem {
	locale: Locale;
	key: string;
	problem: 'missing' | 'unexpected';
}

/** Compares every locale's keys with what en-us implies. */
export function findUiStringProblems(
	strings: Partial<Record<Locale, Record<string, string>>>,
): UiStringProblem[] {
	const source = Object.keys(strings[sourceLocale] ?? {});
	return localeIds.flatMap((locale) => {
		const have = new Set(Object.keys(strings[locale] ?? {}));
		const want = expectedKeys(source, locale);
		const wanted = new Set(want);
		return [
			...want
				.filter((k) => !have.has(k))
				.map((key) => ({ locale, key, problem: 'missing' as const })),
			...[...have]
				.filter((k) => !wanted.has(k))
				.sort()
				.map((key) => ({ locale, key, problem: 'unexpected' as const })),
		];
	});
}
