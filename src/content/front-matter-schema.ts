import { z } from 'astro/zod';

/** Learn writes dates as `MM/DD/YYYY`; the value is kept as written and parsed where shown. */
const learnDate = z
	.string({ error: 'expected a date written as MM/DD/YYYY, such as 03/19/2021' })
	.regex(/^(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])\/\d{4}$/, {
		error: 'expected a date written as MM/DD/YYYY, such as 03/19/2021',
		abort: true,
	})
	.refine(isCalendarDate, { error: 'expected a date that exists (MM/DD/YYYY, month first)' });

/** Tells whether `MM/DD/YYYY` names a day of the calendar (`02/30/2026` does not). */
function isCalendarDate(value: string): boolean {
	const [month = 0, day = 0, year = 0] = value.split('/').map(Number);
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A text field; `what` says what a writer should put there. */
const str = (what = 'text') => z.string({ error: `expected ${what}` });

/** A scalar that YAML may have read as a number (`ms.locfileid: 53939837`): kept as text. */
const text = z.union([str(), z.number().transform(String)], { error: 'expected text or a number' });

/** Learn lists may be written as a YAML list or as one comma-separated string. */
const textList = z.union([z.array(text), text], { error: 'expected text or a list of texts' });

/** An AADSTS error code: the prefix and 5 to 9 digits. */
export const AadstsCodeSchema = z
	.string({ error: 'expected an AADSTS code such as AADSTS50000' })
	.regex(/^AADSTS\d{5,9}$/, { error: 'expected an AADSTS code such as AADSTS50000' });

/** An OAuth 2.0 error code as the registries write it: lowercase ASCII words joined by `_`. */
export const OAuthCodeSchema = z
	.string({ error: 'expected an OAuth error code such as invalid_grant' })
	.regex(/^[a-z]+(_[a-z]+)*$/, { error: 'expected an OAuth error code such as invalid_grant' });


/**
 * The front matter of an article. Learn's own metadata is accepted as Learn writes it and kept
 * as written (it becomes `<meta>` tags). Only the fields named here are allowed: every field
 * becomes a `<meta name>`, so an unknown one (`referrer`, `viewport`) is an error naming it.
 * Project fields are camelCase and optional.
 */
export const ArticleFrontMatterSchema = z.strictObject({
	/** The article's title, shown as its heading and in `<title>`. */
	title: z.string({ error: 'expected the article title as text' }).trim().min(1, { error: 'expected a non-empty title' }),
	/** One sentence for search results and `<meta name="description">`. */
	description: z.string({ error: 'expected a one-sentence description as text' }).optional(),
	/** Learn: the date the article was last reviewed, `MM/DD/YYYY` (some Learn repositories omit it). */
	'ms.date': learnDate.optional(),
	/** Learn: the kind of article, such as `troubleshooting-problem-resolution`. */
	'ms.topic': str().optional(),
	/** Learn: the product; articles are grouped by it on the home page. */
	'ms.service': str().optional(),
	'ms.author': str().optional(),
	author: str().optional(),
	manager: str().optional(),
	audience: textList.optional(),
	/** Learn: `NOINDEX, NOFOLLOW` keeps the page out of crawlers and the sitemap. */
	ROBOTS: str().optional(),
	localization_priority: str().optional(),
	'ms.collection': textList.optional(),
	'ms.custom': textList.optional(),
	'ms.openlocfilehash': str().optional(),
	'ms.sourcegitcommit': str().optional(),
	/** Learn: `HT` for a human translation, `MT` for a machine translation. */
	'ms.translationtype': z.enum(['HT', 'MT'], { error: 'expected HT (human) or MT (machine translation)' }).optional(),
	/** Learn: the BCP 47 tag of a translation, such as `zh-CN`; must match its folder. */
	'ms.contentlocale': str('a BCP 47 language tag such as zh-CN').regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { error: 'expected a BCP 47 language tag such as zh-CN' }).optional(),
	/** Learn: the date the translation was handed off, `MM/DD/YYYY`. */
	'ms.lasthandoff': learnDate.optional(),
	'ms.locfileid': text.optional(),
	/** The AADSTS codes the article is about; derived from the slug when absent. */
	errorCodes: z.array(AadstsCodeSchema, { error: 'expected a list of AADSTS codes' }).optional(),
	/** The OAuth 2.0 error codes the article concerns (also detected from its text). */
	oauthCodes: z.array(OAuthCodeSchema, { error: 'expected a list of OAuth error codes' }).optional(),
	// Other Learn metadata seen in Learn repositories, kept as written.
	'ms.subservice': textList.optional(),
	'ms.reviewer': textList.optional(),
	'ms.editor': textList.optional(),
	'ms.audience': textList.optional(),
	'ms.assetid': textList.optional(),
	'ms.devlang': textList.optional(),
	'ms.prod': textList.optional(),
	'ms.technology': textList.optional(),
	'ms.workload': textList.optional(),
	'ms.suite': textList.optional(),
	'ms.localizationpriority': textList.optional(),
	keywords: textList.optional(),
	appliesto: textList.optional(),
	'search.appverid': textList.optional(),
	titleSuffix: textList.optional(),
	uid: textList.optional(),
	/** On a translation: the content hash of the source version it was translated from. */
	sourceHash: str('the content hash as quoted text, such as "0a1b2c3d4e5f6789" (unquoted, YAML may read it as a number)').regex(/^[0-9a-f]{16}$/, { error: 'expected the 16-hex-digit content hash that `npm run translations -- --mark-current` writes' }).optional(),
	/** On a translation: the version of each source section (heading to heading) it was made from, section id → hash. */
	sourceSections: z.record(z.string(), z.string().regex(/^[0-9a-f]{8}$/, { error: 'expected the 8-hex-digit section hash that `npm run l10n:import` writes' }), { error: 'expected a map of section ids to section hashes' }).optional(),
	/**
	 * On an outdated translation whose source version git history cannot show: what source
	 * version `hash` says that the translation does not (notes in English, shown in the outdated
	 * banner). Explained this way, it is no longer a warning of `npm run check`, until the source
	 * changes again.
	 */
	sourceChanges: z
		.object(
			{
				hash: z.string({ error: 'expected the 16-hex-digit content hash of the source version the notes describe' }).regex(/^[0-9a-f]{16}$/, { error: 'expected the 16-hex-digit content hash of the source version the notes describe' }),
				notes: z.array(str('a note'), { error: 'expected a list of notes' }).min(1, { error: 'expected at least one note' }),
			},
			{ error: 'expected hash: <the source version> and notes: a list of what it says that this translation does not' },
		)
		.optional(),
	/** On a translation: the source's commit, where known, to show what changed since. */
	sourceCommit: str('a git commit id').regex(/^[0-9a-f]{7,40}$/, { error: 'expected a git commit id (7 to 40 hex digits)' }).optional(),
});

/** Article front matter after validation. */
export type ArticleFrontMatter = z.infer<typeof ArticleFrontMatterSchema>;
