import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import { localeIds, type Locale } from '../../../src/i18n/locales.ts';
import type { AlertTitles } from '../../../src/markdown/content-components.ts';
import type { AlertType } from '../../../src/markdown/remark-alerts.ts';

const english: Record<AlertType, string> = {
	note: 'Note',
	tip: 'Tip',
	important: 'Important',
	caution: 'Caution',
	warning: 'Warning',
};

/**
 * Alert titles for tests that pin short HTML: English in every locale, but where a test gives a
 * locale's own (`{ 'zh-cn': { note: '注意' } }`).
 */
export function alertTitlesWith(
	own: Partial<Record<Locale, Partial<Record<AlertType, string>>>> = {},
): AlertTitles {
	return Object.fromEntries(
		localeIds.map((locale) => [locale, { ...english, ...own[locale] }]),
	) as AlertTitles;
}

/** Markdown settings with the site's code highlighting (astro.config.mjs). */
export const highlighted: AstroMarkdownOptions = {
	shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false },
	syntaxHighlight: 'shiki',
};

/** Markdown settings without highlighting, for tests about anything but code colours. */
export const unhighlighted: AstroMarkdownOptions = { syntaxHighlight: false };
