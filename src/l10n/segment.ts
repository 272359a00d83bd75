import { mergeText, type Token } from './inline-codes.ts';

/** A unit's content split into sentences, with the whitespace between them. */
export interface Segmented {
	segments: Token[][];
	/** `gaps[i]` is the whitespace between segment i and i + 1 (an XLIFF `<ignorable>`). */
	gaps: string[];
}

const sentenceEnd = /([.!?。！？]['"”’)]*)(\s+)/g;
const abbreviation = /(?:\b(?:e\.g|i\.e|etc|vs|Mr|Mrs|Dr|No|Fig|approx))\.$/i;
const startsSentence = /^["“‘([]?[\p{Lu}\d]/u;

/** Where a text token may end a sentence: the offsets of the whitespace after each sentence end. */
function breaksIn(text: string, nextIsCode: boolean): { at: number; length: number }[] {
	const breaks: { at: number; length: number }[] = [];
	for (const match of text.matchAll(sentenceEnd)) {
		const punctuationEnd = match.index + (match[1]?.length ?? 0);
		const rest = text.slice(punctuationEnd + (match[2]?.length ?? 0));
		if (abbreviation.test(text.slice(0, punctuationEnd))) continue;
		if (rest ? startsSentence.test(rest) : nextIsCode)
			breaks.push({ at: punctuationEnd, length: match[2]?.length ?? 0 });
	}
	return breaks;
}

/**
 * Splits a unit's tokens into sentences. Only text outside paired codes is split (a sentence
 * never cuts a link or an emphasis in two); a sentence ends at `.`, `!` or `?` followed by
 * space and a capital letter, a digit or a code, abbreviations such as "e.g." excepted.
 * @example segmentTokens([{ t: 'text', text: 'One. Two.' }]).segments.length // 2
 */
export function segmentTokens(tokens: readonly Token[]): Segmented {
	const segments: Token[][] = [[]];
	const gaps: string[] = [];
	let depth = 0;
	tokens.forEach((token, index) => {
		const current = () => segments[segments.length - 1]!;
		if (token.t !== 'text' || depth > 0) {
			if (token.t === 'open') depth++;
			if (token.t === 'close') depth--;
			current().push(token);
			return;
		}
		const next = tokens[index + 1];
		let from = 0;
		for (const { at, length } of breaksIn(token.text, next !== undefined && next.t !== 'text')) {
			current().push({ t: 'text', text: token.text.slice(from, at) });
			gaps.push(token.text.slice(at, at + length));
			segments.push([]);
			from = at + length;
		}
		if (from < token.text.length) current().push({ t: 'text', text: token.text.slice(from) });
	});
	return joinTextless(segments, gaps);
}

const hasLetters = (segment: readonly Token[]) =>
	segment.some((t) => t.t === 'text' && /\p{L}/u.test(t.text));

/** Joins a sentence with nothing to translate (only codes, such as an image) to the one before it. */
function joinTextless(segments: Token[][], gaps: string[]): Segmented {
	const out: Token[][] = [segments[0]!];
	const outGaps: string[] = [];
	segments.slice(1).forEach((segment, i) => {
		if (hasLetters(segment) && hasLetters(out.at(-1)!)) {
			out.push(segment);
			outGaps.push(gaps[i]!);
		} else out[out.length - 1] = [...out.at(-1)!, { t: 'text', text: gaps[i]! }, ...segment];
	});
	return { segments: out.map(mergeText), gaps: outGaps };
}
