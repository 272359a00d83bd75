/**
 * Reading what support staff type or paste: the values that only identify their case are set
 * aside, and what is left is cut into the words a page is matched on. Runs in the browser.
 */
import { typedForm } from './normalize.ts';
import { isStopWord } from './stop-words.ts';

/**
 * Values that name the reader's own case, never a page: URLs, e-mail addresses, GUIDs,
 * timestamps, labelled trace and correlation ids, quoted tenant or app names, long hex ids.
 */
const caseValues: RegExp[] = [
	/\b(?:https?|ftp):\/\/\S+/gi,
	/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
	/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
	/\b\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|UTC|[+-]\d{2}:?\d{2})?)?/gi,
	/\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?\b/gi,
	/\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{16,}\b/gi,
	// Labels of such values (the values themselves went above), and a labelled id with a digit.
	/\b(?:(?:trace|correlation|request|session|tenant|client|app|object)[ _-]?id|timestamp)\s*[:=]\s*(?:[\w.-]*\d[\w.-]*)?/gi,
];

/** A quoted name: quotes that open after a space or punctuation and close before one. */
const quotedName = /(?<![\p{L}\p{N}])['"“‘「『][^'"”’」』\n]{1,80}['"”’」』](?![\p{L}\p{N}])/gu;

/**
 * The query without URLs, e-mail addresses, GUIDs, timestamps and ids (quoted names kept: a
 * pasted response quotes its codes, `"error":"invalid_grant"`). Codes are looked for in this.
 * @example withoutIds('AADSTS50011 Trace ID: 0f1e2d3c Timestamp: 2026-11-24 10:12:13Z') // 'AADSTS50011 Timestamp:'
 */
export function withoutIds(query: string): string {
	let text = typedForm(query);
	for (const pattern of caseValues) text = text.replace(pattern, ' ');
	return text.replace(/\s+/g, ' ').trim();
}

/**
 * The query without the values that only identify the reader's case, spaces collapsed.
 * @example withoutCaseValues("User account 'maria@outlook.com' from identity provider 'live.com' does not exist") // 'User account from identity provider does not exist'
 */
export function withoutCaseValues(query: string): string {
	return withoutIds(query).replace(quotedName, ' ').replace(/\s+/g, ' ').trim();
}

/** A run of Chinese characters (Han); Japanese also has kana. */
const han = /\p{Script=Han}+/u;
const cjkRun = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu;

/**
 * Cuts a run of Chinese or Japanese into words Pagefind can match: katakana words whole, kana
 * particles dropped, Han runs of one or two characters whole and longer ones as overlapping
 * pairs (how most Chinese and Japanese words are written).
 * @example cjkWords('接口返回') // ['接口', '口返', '返回']
 * @example cjkWords('テナントに') // ['テナント']
 */
export function cjkWords(run: string): string[] {
	const words: string[] = [];
	for (const [part] of run.matchAll(
		/\p{Script=Han}+|[\p{Script=Katakana}ー]+|\p{Script=Hiragana}+/gu,
	)) {
		if (!han.test(part)) {
			if (/\p{Script=Katakana}/u.test(part) || part.length >= 3) words.push(part);
			continue;
		}
		if (part.length <= 2) words.push(part);
		else for (let i = 0; i + 2 <= part.length; i++) words.push(part.slice(i, i + 2));
	}
	return words;
}

/**
 * The meaningful words of a query in a language (`en`, `zh`, …): lowercase, case values and
 * stop words left out, codes and words with `_` or `-` kept whole, Chinese and Japanese cut
 * into words, each word once.
 * @example queryWords('users from partner company can\'t log in to our app', 'en') // ['users', 'partner', 'company', 'log', 'app']
 */
export function queryWords(query: string, language: string): string[] {
	const text = withoutCaseValues(query).toLowerCase();
	const words: string[] = [];
	for (const [token] of text.matchAll(/[\p{L}\p{N}\p{M}]+(?:['’_-][\p{L}\p{N}\p{M}]+)*/gu)) {
		const pieces = cjkRun.test(token) ? splitMixed(token) : [token.replace(/’/g, "'")];
		cjkRun.lastIndex = 0;
		for (const piece of pieces)
			if (piece.length > 1 || /\p{Script=Han}/u.test(piece)) words.push(piece);
	}
	return [...new Set(words.filter((w) => !isStopWord(w, language)))];
}

/** A token mixing CJK and Latin letters (`403没权限`): the Latin parts whole, the CJK cut. */
function splitMixed(token: string): string[] {
	return token
		.split(/([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+)/u)
		.flatMap((part) =>
			!part
				? []
				: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(part)
					? cjkWords(part)
					: [part],
		);
}

/**
 * Tells whether a query is written in Latin letters (as English error messages are), ignoring
 * digits and punctuation.
 * @example isLatinQuery('AADSTS50020 user account does not exist') // true
 * @example isLatinQuery('登录失败') // false
 */
export function isLatinQuery(query: string): boolean {
	const letters = [...query].filter((c) => /\p{L}/u.test(c));
	return letters.length > 0 && letters.every((c) => /\p{Script=Latin}/u.test(c));
}
