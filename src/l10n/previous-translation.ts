import type { ArticleFrontMatter } from '../content/front-matter-schema.ts';
import { mergeText, tokensToMarkdown, type Token } from './inline-codes.ts';
import { articleUnits, type ArticleUnit } from './units.ts';

/** One sentence of a handed-back translation: the English it translated, and the translation. */
interface BilingualSentence {
	en: string;
	tokens: Token[];
}

/** A unit of the current translation, as export reuses it. */
export interface PreviousUnit {
	/** The translation's sentences with their English (`<Sxs en>`), when it has them. */
	sentences?: BilingualSentence[] | undefined;
	/** The whole translated unit. */
	tokens: Token[];
}

const sxsStart = /^<Sxs en="([^"]*)">$/;

/**
 * Decodes the character references MDX reads in an attribute value.
 * @example decodeAttribute('a &quot;b&quot; &amp; c') // 'a "b" & c'
 */
function decodeAttribute(value: string): string {
	const named: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };
	return value.replace(/&(#x[0-9a-f]+|#\d+|quot|amp|lt|gt|apos);/gi, (_, ref: string) =>
		ref.startsWith('#x') || ref.startsWith('#X')
			? String.fromCodePoint(parseInt(ref.slice(2), 16))
			: ref.startsWith('#')
				? String.fromCodePoint(Number(ref.slice(1)))
				: (named[ref.toLowerCase()] ?? ''),
	);
}

/** A unit's tokens, its sentences joined again by the whitespace between them. */
function unitTokens(unit: Pick<ArticleUnit, 'segments' | 'gaps'>): Token[] {
	return mergeText(
		unit.segments.flatMap((segment, i) => [
			...segment,
			...(i < unit.gaps.length ? [{ t: 'text', text: unit.gaps[i]! } as const] : []),
		]),
	);
}

/** The `<Sxs en>` sentences of a unit, when the unit is nothing but such sentences. */
function bilingualSentences(tokens: readonly Token[]): BilingualSentence[] | undefined {
	const sentences: BilingualSentence[] = [];
	let depth = 0;
	for (const token of tokens) {
		if (depth === 0 && token.t === 'text' && !token.text.trim()) continue;
		if (depth === 0) {
			const en = token.t === 'open' ? sxsStart.exec(token.start)?.[1] : undefined;
			if (en === undefined || token.t !== 'open' || token.end !== '</Sxs>') return undefined;
			sentences.push({ en: decodeAttribute(en), tokens: [] });
			depth = 1;
			continue;
		}
		if (token.t === 'open') depth++;
		if (token.t === 'close') depth--;
		if (depth > 0) sentences.at(-1)!.tokens.push(token);
	}
	return sentences.length > 0 ? sentences : undefined;
}

/**
 * The units of a translation (read like a source: a translation made by import has the same
 * structure as its English article), by the id of the English unit they translate: by position
 * when both have the same blocks in the same order, else by unit id (a handed-back translation's
 * headings carry their English, so its section ids are the source's).
 */
export function previousUnits(
	text: string,
	data: Pick<ArticleFrontMatter, 'title' | 'description'>,
	english: readonly ArticleUnit[],
): Map<string, PreviousUnit> {
	const units = articleUnits(text, data).units;
	const sameBlocks = units.map((u) => u.kind).join() === english.map((u) => u.kind).join();
	return new Map(
		units.map((unit, i) => {
			const tokens = unitTokens(unit);
			return [
				sameBlocks ? english[i]!.id : unit.id,
				{ sentences: bilingualSentences(tokens), tokens },
			];
		}),
	);
}

/** The English of a unit as written, sentences joined as in the article. */
export function unitMarkdown(unit: Pick<ArticleUnit, 'segments' | 'gaps'>): string {
	return tokensToMarkdown(unitTokens(unit));
}
