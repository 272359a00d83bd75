import { z } from 'astro/zod';

/**
 * One UI string: i18next text with `{{variables}}`, shown as text. UI strings come from pull
 * requests like articles, so they may not hold markup, nor nest other strings with `$t(…)`.
 */
const UiStringSchema = z
	.string()
	.min(1, { error: 'expected a non-empty string' })
	.refine((text) => !/<[a-zA-Z!/?]/.test(text), {
		error: 'expected plain text: UI strings cannot hold HTML tags (write the text without < and >)',
	})
	.refine((text) => !text.includes('$t('), {
		error: 'expected plain text: $t(…) would insert another string; write the words themselves',
	});

/** One locale's UI strings: flat dotted keys (`article.toc`) to i18next-formatted text. */
export const UiStringsSchema = z.record(
	z.string().regex(/^[a-z][a-zA-Z]*(\.[a-zA-Z][\w-]*)+$/, {
		error: 'expected a flat dotted key such as "article.toc"',
	}),
	UiStringSchema,
);

/** UI strings of one locale, as validated by `UiStringsSchema`. */
export type UiStrings = z.infer<typeof UiStringsSchema>;
