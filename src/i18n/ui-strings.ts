import { locales, type Locale } from './locales.ts';
import { UiStringsSchema, type UiStrings } from './ui-strings-schema.ts';

const files = import.meta.glob<{ default: unknown }>('./ui/*.json', { eager: true });

/**
 * Loads and validates every locale's UI strings; throws naming the file and key that is wrong.
 * @example loadUiStrings()['zh-cn']['article.toc'] // '本文内容'
 */
export function loadUiStrings(): Record<Locale, UiStrings> {
	const result = {} as Record<Locale, UiStrings>;
	for (const locale of Object.keys(locales) as Locale[]) {
		const path = `./ui/${locale}.json`;
		const module = files[path];
		if (!module) {
			throw new Error(
				`src/i18n/ui/${locale}.json is missing: every locale in src/i18n/locales.ts needs a UI-strings file.`,
			);
		}
		const parsed = UiStringsSchema.safeParse(module.default);
		if (!parsed.success) {
			const problems = parsed.error.issues.map(
				(i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`,
			);
			throw new Error(`src/i18n/ui/${locale}.json is invalid:\n${problems.join('\n')}`);
		}
		result[locale] = parsed.data;
	}
	return result;
}
