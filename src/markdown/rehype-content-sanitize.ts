import type { Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import type { VFile } from 'vfile';
import { findContentHtmlProblems } from './content-html-problems.ts';
import { contentSchema } from './content-schema.ts';

/** The rule name of what the content schema removes, in messages and `npm run check`. */
export const contentHtmlRule = 'content-html';

/**
 * Passes an article's HTML through the allowlist sanitizer (hast-util-sanitize with the content
 * schema). Everything it removes is first reported as a message at its line (rule
 * `content-html`), which compiling turns into an error: the sanitizer guards readers, the
 * message tells the writer, and nothing is dropped without a word.
 * @example `<span style="position:fixed">x</span>` → `<span>x</span>` and a message at 1:1
 */
export default function rehypeContentSanitize() {
	return (tree: Root, file: VFile): Root => {
		for (const problem of findContentHtmlProblems(tree))
			file.message(problem.message, {
				place: problem.place,
				ruleId: contentHtmlRule,
				source: 'content-policy',
			});
		return sanitize(tree, contentSchema) as Root;
	};
}
