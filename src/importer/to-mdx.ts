import type { Html, Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import remarkAlerts from '../markdown/remark-alerts.ts';
import { inlineParser } from '../markdown/sxs-english.ts';
import type { ImportWarning, SentencePair } from './docfx-blocks.ts';
import { figureTitle, pairMarks } from './docfx-blocks.ts';

/** Options of the Markdown-to-MDX conversion. */
export interface ToMdxOptions {
	/** A link's new URL, or `null` to keep only its text (a target that was not imported). */
	rewriteLink: (url: string) => string | null;
	/** Sentence pairs of an sxs file, whose marks become `<Sxs>` elements. */
	pairs?: readonly SentencePair[];
	warnings: ImportWarning[];
	/** `file:line` of a line (1-based) of the Markdown, for warnings. */
	where?: (line: number) => string;
}

const formattingTags =
	/^<\/?(a|b|i|em|strong|u|sup|sub|kbd|code|span|div|p|img|table|tr|td|th|ul|ol|li|center|font|h\d)\b/i;

/**
 * Converts Learn (DocFX) Markdown to MDX that renders as written: alerts become `<Alert>`,
 * `<a name>` anchors and `<br>` are kept as JSX, HTML comments become MDX comments, and every
 * other `<…>` (a `<GUID>` placeholder, stray tags) and every `{`, `}` turns into text. Tables,
 * lists and code are re-serialized, so their formatting is normalized.
 */
export function toMdx(markdown: string, options: ToMdxOptions): string {
	const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
	unified().use(remarkAlerts).runSync(tree);
	const at = (node: Nodes) =>
		options.where && node.position ? { at: options.where(node.position.start.line) } : {};
	convertHtml(tree, (node, message) =>
		options.warnings.push({ kind: 'unconverted', message, ...at(node) }),
	);
	splitMarksFromAutolinks(tree);
	rewriteLinks(tree, options.rewriteLink, (node, message) =>
		options.warnings.push({ kind: 'unconverted', message, ...at(node) }),
	);
	wrapFigures(tree);
	const mdx = unified()
		.use(remarkStringify, stringifyOptions)
		.use(remarkGfm)
		.use(remarkMdx)
		.stringify(tree);
	return options.pairs ? restorePairs(mdx, options.pairs, options.rewriteLink) : mdx;
}

const stringifyOptions = {
	bullet: '-',
	emphasis: '*',
	fences: true,
	rule: '-',
	listItemIndent: 'one',
} as const;

type Report = (node: Nodes, message: string) => void;

/** An image converted from `:::image` (a paragraph of its own) becomes `<figure>` around it. */
function wrapFigures(tree: Root): void {
	visit(tree, 'paragraph', (node, index, parent) => {
		const image =
			node.children.length === 1 && node.children[0]?.type === 'image'
				? node.children[0]
				: undefined;
		if (!image || image.title !== figureTitle || !parent || index === undefined) return undefined;
		image.title = null;
		parent.children.splice(index, 1, {
			type: 'mdxJsxFlowElement',
			name: 'figure',
			attributes: [],
			children: [node],
		} as RootContent as never);
		return SKIP;
	});
}

function convertHtml(tree: Root, report: Report): void {
	visit(tree, 'html', (node: Html, index, parent: Parents | undefined) => {
		if (!parent || index === undefined) return undefined;
		const value = node.value.trim();
		const siblings = parent.children as RootContent[];
		const inline =
			parent.type !== 'root' && parent.type !== 'blockquote' && parent.type !== 'listItem';
		const anchor = /^<a\s+(?:name|id)="([^"]+)"\s*\/?>$/i.exec(value);
		if (anchor?.[1]) {
			const next = siblings[index + 1];
			const closes = next?.type === 'html' && /^<\/a>$/i.test(next.value.trim());
			siblings.splice(
				index,
				closes ? 2 : 1,
				jsx('a', [{ name: 'name', value: anchor[1] }], inline) as RootContent,
			);
			return [SKIP, index + 1];
		}
		if (/^<\/?br\s*\/?>$/i.test(value)) {
			siblings.splice(index, 1, jsx('br', [], inline) as RootContent);
			return [SKIP, index + 1];
		}
		if (/^<!--[\s\S]*-->$/.test(value)) {
			const comment = value.slice(4, -3).replace(/\*\//g, '* /').trim();
			siblings.splice(index, 1, {
				type: inline ? 'mdxTextExpression' : 'mdxFlowExpression',
				value: `/* ${comment} */`,
			} as RootContent);
			return [SKIP, index + 1];
		}
		if (formattingTags.test(value))
			report(
				node,
				`HTML ${value.slice(0, 40)} kept as text: rewrite it in Markdown if it was meant as markup`,
			);
		const text: PhrasingContent = { type: 'text', value: node.value };
		siblings.splice(
			index,
			1,
			(inline ? text : { type: 'paragraph', children: [text] }) as RootContent,
		);
		return [SKIP, index + 1];
	});
}

function jsx(name: string, attributes: { name: string; value: string }[], inline: boolean): Nodes {
	const element: MdxJsxTextElement = {
		type: 'mdxJsxTextElement',
		name,
		attributes: attributes.map((a) => ({ type: 'mdxJsxAttribute', ...a })),
		children: [],
	};
	return inline ? element : ({ ...element, type: 'mdxJsxFlowElement' } as Nodes);
}

/** A bare URL runs until white space, so it may swallow the sentence marks that follow it: give them back. */
function splitMarksFromAutolinks(tree: Root): void {
	const mark = new RegExp(`[${pairMarks.open}${pairMarks.id}${pairMarks.close}]`);
	visit(tree, 'link', (node, index, parent) => {
		const at = node.url.search(mark);
		if (at === -1 || !parent || index === undefined) return undefined;
		const text =
			node.children.length === 1 && node.children[0]?.type === 'text'
				? node.children[0].value
				: undefined;
		const rest = text?.startsWith(node.url) ? text.slice(at) : node.url.slice(at);
		node.url = node.url.slice(0, at);
		if (text !== undefined)
			node.children = [{ type: 'text', value: text.slice(0, text.length - rest.length) }];
		parent.children.splice(index + 1, 0, { type: 'text', value: rest });
		return [SKIP, index + 2];
	});
}

function rewriteLinks(tree: Root, rewriteLink: ToMdxOptions['rewriteLink'], report: Report): void {
	visit(tree, 'link', (node, index, parent) => {
		if (!parent || index === undefined) return undefined;
		const url = rewriteLink(node.url);
		if (url !== null) {
			node.url = url;
			return undefined;
		}
		report(
			node,
			/^[a-z][a-z0-9+.-]*:/i.test(node.url)
				? `link to "${node.url}" uses a scheme articles may not link to; kept as text with its target`
				: `link to "${node.url}" leads to a file that was not imported; kept as text with its target`,
		);
		parent.children.splice(index, 1, ...node.children, { type: 'text', value: ` (${node.url})` });
		return [SKIP, index + node.children.length + 1];
	});
}

/**
 * Replaces the sentence marks with `<Sxs en="English">translation</Sxs>`. The English keeps its
 * inline Markdown (links rewritten as the translation's are), written with `&quot;` and `&amp;`
 * so any quote survives exactly.
 */
function restorePairs(
	mdx: string,
	pairs: readonly SentencePair[],
	rewriteLink: ToMdxOptions['rewriteLink'],
): string {
	const open = new RegExp(`${pairMarks.open}(\\d+)${pairMarks.id}`, 'g');
	return mdx
		.replace(
			open,
			(_whole, n: string) =>
				`<Sxs en="${englishAttribute(pairs[Number(n)]?.english ?? '', rewriteLink)
					.replace(/&/g, '&amp;')
					.replace(/"/g, '&quot;')}">`,
		)
		.replaceAll(pairMarks.close, '</Sxs>');
}

/** An English sentence as inline Markdown on one line, its links rewritten. */
function englishAttribute(english: string, rewriteLink: ToMdxOptions['rewriteLink']): string {
	const tree = inlineParser.parse(english.replace(/\s+/g, ' ').trim()) as Root;
	rewriteLinks(tree, rewriteLink, () => undefined);
	return unified()
		.use(remarkStringify, stringifyOptions)
		.use(remarkGfm)
		.stringify(tree)
		.replace(/\s+/g, ' ')
		.trim();
}
