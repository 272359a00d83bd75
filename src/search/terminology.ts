/**
 * Query expansion with a locale's terminology list: a term of the query also searches the terms
 * that mean the same to a reader (callback URL = redirect URI = reply URL). Runs in the browser.
 */
import { foldLetters, spellingsOf, typedForm } from './normalize.ts';
import { queryWords, withoutCaseValues } from './query-parse.ts';

/** A terminology list: groups of terms that mean the same thing, as the writers listed them. */
export type Terminology = readonly (readonly string[])[];

/** One thing a page is matched on: a word or a term, searched under each of its alternatives. */
export interface QueryUnit {
	/** The word or term as found in the query (folded). */
	word: string;
	/** What Pagefind is asked for: the word's spellings, or every term of its group. */
	alternatives: string[];
}

/** Letters and digits, for term boundaries (a CJK term needs none). */
const boundary = '[\\p{L}\\p{N}]';

function termPattern(term: string): RegExp {
	const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+');
	return /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(term)
		? new RegExp(escaped, 'u')
		: new RegExp(`(?<!${boundary})${escaped}(?!${boundary})`, 'u');
}

/**
 * The units a query is matched on: each term of the terminology found in it (longest first),
 * with every term of its group, then each remaining meaningful word with its spellings.
 * @example queryUnits('callback URL wrong', 'en', [['callback URL', 'redirect URI']])
 * // [{ word: 'callback url', alternatives: ['callback url', 'redirect uri'] }, { word: 'wrong', alternatives: ['wrong'] }]
 */
export function queryUnits(query: string, language: string, terminology: Terminology): QueryUnit[] {
	let text = foldLetters(withoutCaseValues(query));
	const units: QueryUnit[] = [];
	const used = new Set<readonly string[]>();
	const terms = terminology
		.flatMap((group) => group.map((term) => ({ term: foldLetters(term), group })))
		.sort((a, b) => b.term.length - a.term.length);
	for (const { term, group } of terms) {
		const pattern = termPattern(term);
		if (!pattern.test(text)) continue;
		text = text.replace(pattern, ' ');
		if (used.has(group)) continue;
		used.add(group);
		units.push({
			word: term,
			alternatives: [...new Set(group.map((t) => typedForm(t).toLowerCase()))],
		});
	}
	for (const word of queryWords(text, language))
		units.push({ word, alternatives: spellingsOf(word, language) });
	return units;
}
