import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { PhrasingContent, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * Every block construct of Markdown, and raw HTML: with them off, text parses as the inside of one
 * paragraph (`1. Sign in` stays text, `<b>` stays text), so only inline Markdown is read.
 */
const blockConstructs = [
	'blockQuote',
	'codeFenced',
	'codeIndented',
	'definition',
	'headingAtx',
	'htmlFlow',
	'htmlText',
	'list',
	'setextUnderline',
	'thematicBreak',
];

/** Turns the block constructs and raw HTML off in a remark-parse processor. */
function remarkInlineOnly(this: Processor) {
	const data = this.data();
	(data.micromarkExtensions ??= []).push({ disable: { null: blockConstructs } });
}

/**
 * The parser of inline Markdown: the articles' own (remark-parse with GFM), without raw HTML, MDX
 * or block constructs. Used for text that comes in an attribute, such as `<Sxs en="…">`.
 */
export const inlineParser = unified()
	.use(remarkParse)
	.use(remarkGfm)
	.use(remarkInlineOnly)
	.freeze();

/**
 * Tells whether a link target may be written into a page: http(s), or a relative URL (a path,
 * `#anchor` or `?query`). Any other scheme (javascript:, data:, mailto:…) is refused.
 * @example isSafeHref('javascript:alert(1)') // false
 */
function isSafeHref(url: string): boolean {
	// Browsers ignore control characters and spaces in a scheme (`java\tscript:`): so must this.
	// eslint-disable-next-line no-control-regex -- matching control characters is the point
	const plain = url.replace(/[\u0000-\u0020\u007f]/g, '');
	const scheme = /^([^/?#]*?):/.exec(plain)?.[1];
	return scheme === undefined || /^https?$/i.test(scheme);
}

function toHast(nodes: readonly PhrasingContent[]): ElementContent[] {
	return nodes.flatMap((node): ElementContent[] => {
		switch (node.type) {
			case 'text':
				return [{ type: 'text', value: node.value }];
			case 'strong':
				return [h('strong', toHast(node.children))];
			case 'emphasis':
				return [h('em', toHast(node.children))];
			case 'delete':
				return [h('del', toHast(node.children))];
			case 'inlineCode':
				return [h('code', node.value)];
			case 'break':
				return [h('br')];
			case 'link':
				return isSafeHref(node.url)
					? [h('a', { href: node.url }, toHast(node.children))]
					: toHast(node.children);
			case 'image':
				return node.alt ? [{ type: 'text', value: node.alt }] : [];
			default:
				// Nothing else parses with the block constructs and HTML off; keep any text it holds.
				return 'value' in node && typeof node.value === 'string'
					? [{ type: 'text', value: node.value }]
					: [];
		}
	});
}

/**
 * The HTML of a line of inline Markdown, safe to write into a page: bold, italics, strikethrough,
 * code and http(s)/relative links become elements; raw HTML, MDX and anything else stay text.
 * @example renderInlineMarkdown('Sign in to **[the portal](https://portal.azure.com)**') // [strong(a(…))] after the text
 */
export function renderInlineMarkdown(markdown: string): ElementContent[] {
	const tree = inlineParser.runSync(inlineParser.parse(markdown)) as Root;
	return tree.children.flatMap((block, index): ElementContent[] => {
		const content = block.type === 'paragraph' ? toHast(block.children) : [];
		return index === 0 ? content : [{ type: 'text', value: ' ' }, ...content];
	});
}
