import type { Nodes } from 'mdast';
import { articleParser } from '../markdown/index.ts';

/** Node types whose count a translation must keep: links, images, components, code, blocks. */
const counted = new Set([
	'link',
	'linkReference',
	'image',
	'imageReference',
	'mdxJsxTextElement',
	'mdxJsxFlowElement',
	'mdxTextExpression',
	'mdxFlowExpression',
	'inlineCode',
	'html',
	'list',
	'heading',
	'blockquote',
	'code',
	'table',
	'thematicBreak',
]);

function countNodes(node: Nodes, counts: Map<string, number>): Map<string, number> {
	if (counted.has(node.type)) counts.set(node.type, (counts.get(node.type) ?? 0) + 1);
	if ('children' in node) for (const child of node.children as Nodes[]) countNodes(child, counts);
	return counts;
}

/**
 * Parses a piece of Markdown as an article would: the MDX error, or how many links, images,
 * components, code spans and blocks it holds.
 */
function markupOf(markdown: string): { error: string } | { counts: Map<string, number> } {
	try {
		return { counts: countNodes(articleParser.parse(markdown), new Map()) };
	} catch (error) {
		return { error: (error as { reason?: string }).reason ?? (error as Error).message };
	}
}

/**
 * Why a translated sentence cannot go into the article, or undefined when it can: it is not
 * valid MDX, or it has markup (a link, a component, a list…) its English has not.
 * @example targetMarkupProblem('Use `x`.', 'Nutzen Sie <b>x.') // 'the target is not valid MDX: …'
 */
export function targetMarkupProblem(source: string, target: string): string | undefined {
	const read = markupOf(target);
	if ('error' in read)
		return `the target is not valid MDX: ${read.error} (write < as \\<, { as \\{)`;
	const expected = markupOf(source);
	if ('error' in expected) return undefined;
	const types = new Set([...read.counts.keys(), ...expected.counts.keys()]);
	const differs = [...types].filter((t) => read.counts.get(t) !== expected.counts.get(t));
	if (differs.length === 0) return undefined;
	return `the target has markup its English has not: ${differs.map((t) => `${t} ${expected.counts.get(t) ?? 0} → ${read.counts.get(t) ?? 0}`).join(', ')}`;
}

const blocks = new Set([
	'paragraph',
	'heading',
	'list',
	'listItem',
	'table',
	'tableRow',
	'tableCell',
	'blockquote',
	'code',
	'mdxJsxFlowElement',
	'thematicBreak',
]);

/** The block structure of an article body: each block's type (and depth) and offset, in order. Throws the parser's error on invalid MDX. */
export function blockSkeleton(body: string): { type: string; offset: number }[] {
	const out: { type: string; offset: number }[] = [];
	const walk = (node: Nodes) => {
		if (blocks.has(node.type))
			out.push({
				type: 'depth' in node ? `${node.type}${node.depth}` : node.type,
				offset: node.position?.start.offset ?? 0,
			});
		if (
			'children' in node &&
			node.type !== 'paragraph' &&
			node.type !== 'heading' &&
			node.type !== 'tableCell'
		)
			for (const child of node.children as Nodes[]) walk(child);
	};
	walk(articleParser.parse(body));
	return out;
}
