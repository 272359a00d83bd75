import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { pairMarks } from './docfx-blocks.ts';

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text runs of a tree: its text and inline code, as a reader sees them. */
function runsOf(tree: Root): string[] {
	const runs: string[] = [];
	visit(tree, (node: Nodes) => {
		// An alert's `[!NOTE]` marker becomes the <Alert> itself: it is not text the reader sees.
		if (node.type === 'text') runs.push(normalize(node.value.replace(/^\[!(NOTE|TIP|IMPORTANT|CAUTION|WARNING)\]/i, '')));
		if (node.type === 'inlineCode' || node.type === 'code') runs.push(normalize(node.value));
		if (node.type === 'html') runs.push(normalize(node.value.replace(/^<!--[\s\S]*-->$/, '').replace(/^<\/?(a|br|span)\b[^>]*>$/i, '')));
	});
	return runs.filter((r) => r.length > 0);
}

/** The text runs of Learn Markdown (sentence marks removed): what a reader must find on the page. */
export function learnTextRuns(learnMarkdown: string): string[] {
	const marks = new RegExp(`${pairMarks.open}\\d+${pairMarks.id}|${pairMarks.close}`, 'g');
	return runsOf(unified().use(remarkParse).use(remarkGfm).parse(learnMarkdown.replace(marks, '')) as Root);
}

/**
 * The text runs of the Learn Markdown that the MDX does not contain: an empty list means nothing
 * a writer wrote was lost in conversion.
 */
export function missingTextRuns(learnMarkdown: string, mdx: string): string[] {
	const input = learnTextRuns(learnMarkdown);
	const output = ` ${runsOf(unified().use(remarkParse).use(remarkGfm).use(remarkMdx).parse(mdx) as Root).join(' ')} `;
	return input.filter((run) => !output.includes(run));
}
