import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isCommentOnly } from './content-policy.ts';

/**
 * Drops the MDX comments of an article (`{/* note for translators *\/}`) before heading ids are
 * made, so a heading's id and its entry in the table of contents are its visible text. Any other
 * expression fails at its line (the MDX safety check reports it first): nothing is dropped
 * silently.
 * @example `## Fix {/* old anchor *\/}` → `<h2>Fix </h2>`
 */
export default function rehypeMdxComments() {
	return (tree: Root, file: VFile) => {
		visit(tree, (node, index, parent) => {
			if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return undefined;
			if (!isCommentOnly(node))
				file.fail(
					'JavaScript expressions are not rendered in content; write \\{ and \\} for braces',
					{ place: node.position, ruleId: 'mdx-safety' },
				);
			parent?.children.splice(index ?? 0, 1);
			return [SKIP, index ?? 0];
		});
	};
}
