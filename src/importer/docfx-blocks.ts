import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { readLearnFrontMatter } from './front-matter.ts';

/** A problem that does not stop the import, by kind (for the report). */
export interface ImportWarning {
	kind: 'missing-include' | 'missing-media' | 'front-matter' | 'unconverted' | 'source-mismatch';
	message: string;
}

const codeFence = /^(\s*)(`{3,}|~{3,})/;

/** Applies a transform to the lines outside fenced code blocks only. */
export function outsideCode(markdown: string, transform: (line: string) => string): string {
	let fence: string | undefined;
	return markdown
		.split('\n')
		.map((line) => {
			const open = codeFence.exec(line);
			if (fence) {
				if (open && open[2]?.[0] === fence[0] && (open[2]?.length ?? 0) >= fence.length) fence = undefined;
				return line;
			}
			if (open) {
				fence = open[2];
				return line;
			}
			return transform(line);
		})
		.join('\n');
}

/**
 * Inlines `[!INCLUDE [title](path)]` with the included file's body, resolved from the including
 * file (nested includes too). A missing include is reported and left as a visible note.
 */
export function resolveIncludes(markdown: string, file: string, warnings: ImportWarning[], depth = 0): string {
	return outsideCode(markdown, (line) =>
		line.replace(/\[!INCLUDE\s*\[([^\]]*)\]\(([^)]+)\)\]/gi, (_whole, title: string, path: string) => {
			const target = findInclude(file, path.trim().replace(/^~\//, ''));
			if (depth > 5 || !target) {
				warnings.push({ kind: 'missing-include', message: `include "${path}" (${title}) not found; left as a note` });
				return `*${title || path}*`;
			}
			return resolveIncludes(readLearnFrontMatter(readFileSync(target, 'utf8')).body.trim(), target, warnings, depth + 1);
		}),
	);
}

/**
 * An include's file: where its path leads, else (content copied out of its repository) a file of
 * that name in an `includes` folder beside the article or above it.
 */
function findInclude(file: string, path: string): string | undefined {
	const direct = resolve(dirname(file), path);
	if (existsSync(direct)) return direct;
	for (let dir = dirname(file), level = 0; level < 5; dir = dirname(dir), level++) {
		const candidate = resolve(dir, 'includes', basename(path));
		if (existsSync(candidate)) return candidate;
	}
	return undefined;
}

/**
 * Turns DocFX `:::image type="content" source="…" alt-text="…":::` into a Markdown image. Media
 * that is not next to the source is reported; the image keeps its alt text as visible text so
 * nothing is lost and the build does not fail on a missing file.
 */
export function convertImages(markdown: string, file: string, warnings: ImportWarning[], media: (source: string) => string | undefined): string {
	return outsideCode(markdown, (line) =>
		line.replace(/:::image\s+([^:]*?):::/g, (_whole, attributes: string) => {
			const attribute = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attributes)?.[1];
			const source = attribute('source') ?? '';
			const alt = (attribute('alt-text') ?? '').replace(/[[\]]/g, '');
			const url = media(resolve(dirname(file), source));
			if (!url) {
				warnings.push({ kind: 'missing-media', message: `image "${source}" not found next to the source; its alt text is kept` });
				return `*[${alt || source}]*`;
			}
			return `![${alt}](${url})`;
		}),
	);
}

/** One sentence of a bilingual (sxs) file: the translation and its English source. */
export interface SentencePair {
	id: string;
	translation: string;
	english: string;
}

const sxsPair = /<span data-ttu-id="([^"]+)">([\s\S]*?)<\/span><span class="sxs-lookup"><span data-stu-id="\1">([\s\S]*?)<\/span><\/span>/g;

/** Private-use characters that mark sentence pairs through parsing: open, id end, close. */
export const pairMarks = { open: '\uE000', id: '\uE001', close: '\uE002' };

/**
 * Reads the sentence pairs of an sxs file. Returns the translated Markdown with each sentence
 * wrapped in marks (turned into `<Sxs>` after conversion), the English Markdown (each pair
 * replaced by its English side: the en-us source), and the pairs.
 */
export function splitSentencePairs(markdown: string): { translation: string; english: string; pairs: SentencePair[] } {
	const pairs: SentencePair[] = [];
	const translation = markdown.replace(sxsPair, (_whole, id: string, translated: string, english: string) => {
		pairs.push({ id, translation: translated, english });
		return `${pairMarks.open}${pairs.length - 1}${pairMarks.id}${translated}${pairMarks.close}`;
	});
	const englishText = markdown.replace(sxsPair, (_whole, _id, _translated, english: string) => english);
	return { translation, english: englishText, pairs };
}
