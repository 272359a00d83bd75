import { pairMarks, type SentencePair } from './docfx-blocks.ts';

/** A published translation with the English sources of the sentences its bilingual file shares. */
export interface PublishedWithEnglish {
	/** The published Markdown, each shared sentence wrapped in sentence marks. */
	markdown: string;
	/** The pairs the marks number: the published sentence and the bilingual file's English. */
	pairs: SentencePair[];
	/** How many of the bilingual file's sentences were found in the published text. */
	matched: number;
}

/**
 * Marks, in a published translation, each sentence its bilingual (sxs) file also holds, in the
 * order both give them, so it can carry that sentence's English source. The published text is
 * kept as it is: a sentence translated differently in the two files gets no English source.
 * @example attachEnglish('Hallo. Welt.', [{ id: '1', translation: 'Welt.', english: 'World.' }]).matched // 1
 */
export function attachEnglish(
	published: string,
	sxsPairs: readonly SentencePair[],
): PublishedWithEnglish {
	const pairs: SentencePair[] = [];
	let markdown = '';
	let rest = published;
	for (const pair of sxsPairs) {
		const sentence = pair.translation.trim();
		const at = sentence.length > 0 ? rest.indexOf(sentence) : -1;
		if (at === -1) continue;
		markdown += `${rest.slice(0, at)}${pairMarks.open}${pairs.length}${pairMarks.id}${sentence}${pairMarks.close}`;
		rest = rest.slice(at + sentence.length);
		pairs.push({ ...pair, translation: sentence });
	}
	return { markdown: markdown + rest, pairs, matched: pairs.length };
}
