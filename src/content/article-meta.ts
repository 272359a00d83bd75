import { derivedErrorCodes } from './article-codes.ts';
import type { ArticleFrontMatter } from './front-matter-schema.ts';

/** A `<meta name content>` pair. */
export interface MetaTag {
	name: string;
	content: string;
}

/**
 * Every front matter field as a `<meta>` tag, the way Learn emits them: the value as written,
 * lists joined with `, `, and `ROBOTS` under its HTML name `robots`.
 * @example metaTagsOf({ ROBOTS: 'NOINDEX, NOFOLLOW', 'ms.custom': ['9801', '9005744'] })
 * // [{ name: 'robots', content: 'NOINDEX, NOFOLLOW' }, { name: 'ms.custom', content: '9801, 9005744' }]
 */
export function metaTagsOf(data: Record<string, unknown>): MetaTag[] {
	return Object.entries(data)
		.filter(([, value]) => value !== undefined && value !== null)
		.map(([name, value]) => ({ name: name === 'ROBOTS' ? 'robots' : name, content: metaContent(value) }));
}

function metaContent(value: unknown): string {
	if (Array.isArray(value)) return value.map(metaContent).join(', ');
	if (typeof value === 'object') return JSON.stringify(value);
	return String(value);
}

/**
 * Tells whether the article asks crawlers not to index it (`ROBOTS: NOINDEX, …`).
 * @example isNoIndex({ ROBOTS: 'NOINDEX, NOFOLLOW' }) // true
 */
export function isNoIndex(data: Pick<ArticleFrontMatter, 'ROBOTS'>): boolean {
	return /\bnoindex\b/i.test(data.ROBOTS ?? '');
}

/**
 * Reads a Learn date (`MM/DD/YYYY`, already validated) as a UTC date.
 * @example parseLearnDate('03/19/2021').toISOString() // '2021-03-19T00:00:00.000Z'
 */
export function parseLearnDate(value: string): Date;
export function parseLearnDate(value: string | undefined): Date | undefined;
export function parseLearnDate(value: string | undefined): Date | undefined {
	if (value === undefined) return undefined;
	const [month, day, year] = value.split('/').map(Number);
	return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
}

/**
 * The AADSTS codes an article is about: its `errorCodes`, else the codes its title, first
 * heading (when known) and slug name.
 * @example errorCodesOf({}, 'aadsts50011') // ['AADSTS50011']
 * @example errorCodesOf({ title: 'Error AADSTS50020 - User account does not exist' }, 'user-account') // ['AADSTS50020']
 */
export function errorCodesOf(data: { errorCodes?: string[] | undefined; title?: string | undefined }, slug: string, firstHeading?: string): string[] {
	if (data.errorCodes?.length) return data.errorCodes;
	return derivedErrorCodes(data.title, slug, firstHeading);
}
