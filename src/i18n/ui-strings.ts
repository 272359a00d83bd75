import { z } from 'astro/zod';
import { locales, type Locale } from './locales.ts';

/** One locale's UI strings: flat dotted keys (`article.toc`) to i18next-formatted text. */
export const UiStringsSchema = z.record(
	z.string().regex(/^[a-z][a-zA-Z]*(\.[a-zA-Z][\w-]*)+$/, {
		error: 'expected a flat dotted key such as "article.toc"',
	}),
	z.string().min(1, { error: 'expected a non-empty string' }),
);

/** UI strings of one locale, as validated by `UiStringsSchema`. */
export type UiStrings = z.infer<typeof UiStringsSchema>;

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
			throw new Error(`src/i18n/ui/${locale}.json is missing: every locale in src/i18n/locales.ts needs a UI-strings file.`);
		}
		const parsed = UiStringsSchema.safeParse(module.default);
		if (!parsed.success) {
			const problems = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
			throw new Error(`src/i18n/ui/${locale}.json is invalid:\n${problems.join('\n')}`);
		}
		result[locale] = parsed.data;
	}
	return result;
}
