import { z } from 'astro/zod';

/** One locale's UI strings: flat dotted keys (`article.toc`) to i18next-formatted text. */
export const UiStringsSchema = z.record(
	z.string().regex(/^[a-z][a-zA-Z]*(\.[a-zA-Z][\w-]*)+$/, {
		error: 'expected a flat dotted key such as "article.toc"',
	}),
	z.string().min(1, { error: 'expected a non-empty string' }),
);

/** UI strings of one locale, as validated by `UiStringsSchema`. */
export type UiStrings = z.infer<typeof UiStringsSchema>;
