import type { Html, Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import remarkAlerts from '../markdown/remark-alerts.ts';
import type { ImportWarning, SentencePair } from './docfx-blocks.ts';
import { pairMarks } from './docfx-blocks.ts';

/** Options of the Markdown-to-MDX conversion. */
export interface ToMdxOptions {
	/** A link's new URL, or `null` to keep only its text (a target that was not imported). */
	rewriteLink: (url: string) => string | null;
	/** Sentence pairs of an sxs file, whose marks become `<Sxs>` elements. */
	pairs?: readonly SentencePair[];
	warnings: ImportWarning[];
}

const formattingTags = /^<\/?(a|b|i|em|strong|u|sup|sub|kbd|code|span|div|p|img|table|tr|td|th|ul|ol|li|center|font|h\d)\b/i;

/**
 * Converts Learn (DocFX) Markdown to MDX that renders as written: alerts become `<Alert>`,
 * `<a name>` anchors and `<br>` are kept as JSX, HTML comments become MDX comments, and every
 * other `<…>` (a `<GUID>` placeholder, stray tags) and every `{`, `}` turns into text. Tables,
 * lists and code are re-serialized, so their formatting is normalized.
 */
export function toMdx(markdown: string, options: ToMdxOptions): string {
	const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
	unified().use(remarkAlerts).runSync(tree);
	convertHtml(tree, options.warnings);
	splitMarksFromAutolinks(tree);
	rewriteLinks(tree, options);
	const mdx = unified().use(remarkStringify, { bullet: '-', emphasis: '*', fences: true, rule: '-', listItemIndent: 'one' }).use(remarkGfm).use(remarkMdx).stringify(tree);
	return options.pairs ? restorePairs(mdx, options.pairs, options.warnings) : mdx;
}

function convertHtml(tree: Root, warnings: ImportWarning[]): void {
	visit(tree, 'html', (node: Html, index, parent: Parents | undefined) => {
		if (!parent || index === undefined) return undefined;
		const value = node.value.trim();
		const siblings = parent.children as RootContent[];
		const inline = parent.type !== 'root' && parent.type !== 'blockquote' && parent.type !== 'listItem';
		const anchor = /^<a\s+(?:name|id)="([^"]+)"\s*\/?>$/i.exec(value);
		if (anchor?.[1]) {
			const next = siblings[index + 1];
			const closes = next?.type === 'html' && /^<\/a>$/i.test(next.value.trim());
			siblings.splice(index, closes ? 2 : 1, jsx('a', [{ name: 'name', value: anchor[1] }], inline) as RootContent);
			return [SKIP, index + 1];
		}
		if (/^<\/?br\s*\/?>$/i.test(value)) {
			siblings.splice(index, 1, jsx('br', [], inline) as RootContent);
			return [SKIP, index + 1];
		}
		if (/^<!--[\s\S]*-->$/.test(value)) {
			const comment = value.slice(4, -3).replace(/\*\//g, '* /').trim();
			siblings.splice(index, 1, { type: inline ? 'mdxTextExpression' : 'mdxFlowExpression', value: `/* ${comment} */` } as RootContent);
			return [SKIP, index + 1];
		}
		if (formattingTags.test(value)) warnings.push({ kind: 'unconverted', message: `HTML ${value.slice(0, 40)} kept as text: rewrite it in Markdown if it was meant as markup` });
		const text: PhrasingContent = { type: 'text', value: node.value };
		siblings.splice(index, 1, (inline ? text : { type: 'paragraph', children: [text] }) as RootContent);
		return [SKIP, index + 1];
	});
}

function jsx(name: string, attributes: { name: string; value: string }[], inline: boolean): Nodes {
	const element: MdxJsxTextElement = { type: 'mdxJsxTextElement', name, attributes: attributes.map((a) => ({ type: 'mdxJsxAttribute', ...a })), children: [] };
	return inline ? element : { ...element, type: 'mdxJsxFlowElement' } as Nodes;
}

/** A bare URL runs until white space, so it may swallow the sentence marks that follow it: give them back. */
function splitMarksFromAutolinks(tree: Root): void {
	const mark = new RegExp(`[${pairMarks.open}${pairMarks.id}${pairMarks.close}]`);
	visit(tree, 'link', (node, index, parent) => {
		const at = node.url.search(mark);
		if (at === -1 || !parent || index === undefined) return undefined;
		const text = node.children.length === 1 && node.children[0]?.type === 'text' ? node.children[0].value : undefined;
		const rest = text?.startsWith(node.url) ? text.slice(at) : node.url.slice(at);
		node.url = node.url.slice(0, at);
		if (text !== undefined) node.children = [{ type: 'text', value: text.slice(0, text.length - rest.length) }];
		parent.children.splice(index + 1, 0, { type: 'text', value: rest });
		return [SKIP, index + 2];
	});
}

function rewriteLinks(tree: Root, options: ToMdxOptions): void {
	visit(tree, 'link', (node, index, parent) => {
		if (!parent || index === undefined) return undefined;
		const url = options.rewriteLink(node.url);
		if (url !== null) {
			node.url = url;
			return undefined;
		}
		options.warnings.push({ kind: 'unconverted', message: `link to "${node.url}" leads to a file that was not imported; kept as text with its target` });
		parent.children.splice(index, 1, ...node.children, { type: 'text', value: ` (${node.url})` });
		return [SKIP, index + node.children.length + 1];
	});
}

/** Replaces the sentence marks with `<Sxs en="English">translation</Sxs>`. */
function restorePairs(mdx: string, pairs: readonly SentencePair[], warnings: ImportWarning[]): string {
	const open = new RegExp(`${pairMarks.open}(\\d+)${pairMarks.id}`, 'g');
	return mdx
		.replace(open, (_whole, n: string) => {
			const english = (pairs[Number(n)]?.english ?? '').replace(/\s+/g, ' ').trim();
			if (english.includes('"') && english.includes("'")) warnings.push({ kind: 'unconverted', message: `English sentence ${n} has both quote kinds; its double quotes became typographic` });
			// Single quotes around text with double quotes; with both, double quotes become typographic.
			const single = english.includes('"') && !english.includes("'");
			let quotes = 0;
			return single ? `<Sxs en='${english}'>` : `<Sxs en="${english.replace(/"/g, () => (quotes++ % 2 === 0 ? '“' : '”'))}">`;
		})
		.replaceAll(pairMarks.close, '</Sxs>');
}
