import type { Inline, XliffDocument } from './xliff-model.ts';

const plain = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const accented = 'ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥʠřşŧũṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŨṼẆẊẎẐ';
const toPseudo = new Map([...plain].map((c, i) => [c, [...accented][i]!]));
const fromPseudo = new Map([...plain].map((c, i) => [[...accented][i]!, c]));

/** Marks around every pseudo-translated sentence, so a page shows which text went through the round trip. */
const pseudoMarks = { open: '⟦', close: '⟧' } as const;

/**
 * A reversible pseudo-translation of text: every ASCII letter replaced by an accented one.
 * @example pseudoText('Sign in') // 'Şīɠƞ īƞ'
 */
export function pseudoText(text: string): string {
	return [...text].map((c) => toPseudo.get(c) ?? c).join('');
}

/**
 * Undoes `pseudoText` (and drops the sentence marks).
 * @example unpseudoText('⟦Şīɠƞ īƞ⟧') // 'Sign in'
 */
export function unpseudoText(text: string): string {
	return [...text.replaceAll(pseudoMarks.open, '').replaceAll(pseudoMarks.close, '')]
		.map((c) => fromPseudo.get(c) ?? c)
		.join('');
}

/** Pseudo-translates the text of inline content; codes are kept as they are. */
function pseudoInline(content: readonly Inline[]): Inline[] {
	return content.map((part) =>
		part.t === 'text'
			? { t: 'text', text: pseudoText(part.text) }
			: part.t === 'pc'
				? { ...part, children: pseudoInline(part.children) }
				: part,
	);
}

/**
 * Fills every segment of a document with the pseudo-translation of its source, between
 * `⟦` and `⟧`, state `translated`: what a translation tool would hand back, for tests and dry runs.
 */
export function pseudoTranslate(doc: XliffDocument): XliffDocument {
	return {
		...doc,
		units: doc.units.map((unit) => ({
			...unit,
			segments: unit.segments.map((s) => ({
				...s,
				state: 'translated' as const,
				target: [
					{ t: 'text', text: pseudoMarks.open } as const,
					...pseudoInline(s.source),
					{ t: 'text', text: pseudoMarks.close } as const,
				],
			})),
		})),
	};
}
