import { dirname, resolve } from 'node:path';

/** A problem that does not stop the import, by kind (for the report). */
export interface ImportWarning {
	kind:
		'missing-media' | 'front-matter' | 'unconverted' | 'source-mismatch' | 'no-source' | 'sources';
	message: string;
	/** Where it is, `file:line`, when it is at a line. */
	at?: string;
}

/** The title that marks an image converted from `:::image` (to-mdx.ts makes it a figure). */
export const figureTitle = '\u2E3Bfigure';

const codeFence = /^(\s*)(`{3,}|~{3,})/;

/** Applies a transform to the lines outside fenced code blocks only. */
function outsideCode(markdown: string, transform: (line: string, index: number) => string): string {
	let fence: string | undefined;
	return markdown
		.split('\n')
		.map((line, index) => {
			const open = codeFence.exec(line);
			if (fence) {
				if (open && open[2]?.[0] === fence[0] && (open[2]?.length ?? 0) >= fence.length)
					fence = undefined;
				return line;
			}
			if (open) {
				fence = open[2];
				return line;
			}
			return transform(line, index);
		})
		.join('\n');
}

/**
 * Turns DocFX `:::image type="content" source="…" alt-text="…":::` into an image with its alt
 * text, marked (`figureTitle`) to become a `<figure>` in the MDX, as Learn shows it apart from
 * the text. A `type="complex"` image's long description stays as the text after it. Media that
 * is not next to the source is reported at its line; the alt text is kept as visible text.
 */
export function convertImages(
	markdown: string,
	file: string,
	where: (index: number) => string,
	warnings: ImportWarning[],
	media: (source: string) => string | undefined,
): string {
	return outsideCode(markdown, (line, index) =>
		line
			.replace(/:::image\s+([^:]*?):::/g, (_whole, attributes: string) => {
				const attribute = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attributes)?.[1];
				const source = attribute('source') ?? '';
				const alt = (attribute('alt-text') ?? '').replace(/[[\]]/g, '');
				const url = media(resolve(dirname(file), source));
				if (!url) {
					warnings.push({
						kind: 'missing-media',
						at: where(index),
						message: `image "${source}" not found next to the source; its alt text is kept`,
					});
					return `*[${alt || source}]*`;
				}
				return `![${alt}](${url} "${figureTitle}")`;
			})
			// A complex image's long description stays as the paragraphs after it.
			.replace(/^\s*:::image-end:::\s*$/, ''),
	);
}

/** One sentence of a bilingual (sxs) file: the translation and its English source. */
export interface SentencePair {
	id: string;
	translation: string;
	english: string;
}

const sxsPair =
	/<span data-ttu-id="([^"]+)">([\s\S]*?)<\/span><span class="sxs-lookup"><span data-stu-id="\1">([\s\S]*?)<\/span><\/span>/g;

/**
 * Characters that mark sentence pairs through parsing: open, id end, close. They are Unicode
 * punctuation (rare brackets), so Markdown reads them as it reads the edge of a span: `**` right
 * after an open mark opens bold and `**` right before a close mark closes it, as on Learn, where
 * each sentence was its own `<span>`. (Private-use characters count as letters, which left
 * `**…**` around a whole sentence unparsed.)
 */
export const pairMarks = { open: '\u2E26', id: '\u2E2C', close: '\u2E27' };

/**
 * Reads the sentence pairs of an sxs file. Returns the translated Markdown with each sentence
 * wrapped in marks (turned into `<Sxs>` after conversion), the English Markdown (each pair
 * replaced by its English side: the en-us source), and the pairs.
 */
export function splitSentencePairs(markdown: string): {
	translation: string;
	english: string;
	pairs: SentencePair[];
} {
	const pairs: SentencePair[] = [];
	const translation = markdown.replace(
		sxsPair,
		(_whole, id: string, translated: string, english: string) => {
			pairs.push({ id, translation: translated, english });
			return `${pairMarks.open}${pairs.length - 1}${pairMarks.id}${translated}${pairMarks.close}`;
		},
	);
	const englishText = markdown.replace(
		sxsPair,
		(_whole, _id, _translated, english: string) => english,
	);
	return { translation, english: englishText, pairs };
}

/**
 * The text of a Markdown file's first `#` heading, its Learn anchor and sentence marks left out.
 * @example firstHeading('# <a name="x"></a>Fix AADSTS50011') // 'Fix AADSTS50011'
 */
export function firstHeading(markdown: string): string | undefined {
	return /^#\s+(?:<a[^>]*><\/a>)?(.+)$/m
		.exec(markdown)?.[1]
		?.replace(new RegExp(`${pairMarks.open}\\d+${pairMarks.id}|${pairMarks.close}`, 'g'), '')
		.trim();
}
