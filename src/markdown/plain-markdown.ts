import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { isContentComponent, type ComponentProps } from './content-components.ts';
import { componentTwins, type TwinContext } from './component-twins.ts';

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * Rewrites an article's MDX tree as plain Markdown: each content component as its twin
 * (component-twins.ts), HTML tags as the Markdown they mean (`<a href>` a link, `<br />` a
 * break, `<strong>` strong text…) or as their text, Learn's empty `<a name>` anchors and MDX
 * comments dropped, and every relative link or image made absolute from the page's URL.
 * @example toPlainMarkdown(tree, { locale: 'en-us', alertTitles, pageUrl: 'https://docs.example.com/en-us/troubleshoot/x/' })
 */
export function toPlainMarkdown(tree: Root, context: TwinContext & { pageUrl: string }): void {
	const convert = (nodes: readonly RootContent[]): RootContent[] =>
		nodes.flatMap((node): RootContent[] => {
			switch (node.type) {
				case 'mdxjsEsm':
				case 'mdxFlowExpression':
				case 'mdxTextExpression':
					return [];
				case 'mdxJsxFlowElement':
				case 'mdxJsxTextElement': {
					const children = convert(node.children as RootContent[]);
					const name = node.name ?? '';
					return isContentComponent(name)
						? componentTwins[name](propsOf(node), children, context)
						: htmlTwin(node, children, context.pageUrl);
				}
				case 'link':
				case 'image':
				case 'definition':
					node.url = absolute(node.url, context.pageUrl);
					break;
				default:
			}
			if ('children' in node)
				(node as { children: RootContent[] }).children = convert(node.children);
			return [node];
		});
	tree.children = convert(tree.children) as Root['children'];
}

function propsOf(node: Jsx): ComponentProps {
	const props: ComponentProps = {};
	for (const a of node.attributes)
		if (a.type === 'mdxJsxAttribute' && (a.value === null || typeof a.value === 'string'))
			props[a.name] = a.value ?? true;
	return props;
}

/** An HTML tag written in MDX, as the Markdown it stands for. */
function htmlTwin(node: Jsx, children: RootContent[], pageUrl: string): RootContent[] {
	const props = propsOf(node);
	const phrasing = children as PhrasingContent[];
	const inline = node.type === 'mdxJsxTextElement';
	const wrap = (content: PhrasingContent): RootContent[] =>
		inline ? [content] : [{ type: 'paragraph', children: [content] }];
	switch (node.name) {
		case 'a':
			if (typeof props.href !== 'string') return children;
			return wrap({
				type: 'link',
				url: absolute(props.href, pageUrl),
				children: inline
					? phrasing
					: [{ type: 'text', value: toString({ type: 'root', children } as Nodes) }],
			});
		case 'br':
			return inline ? [{ type: 'break' }] : [];
		case 'img':
			return typeof props.src === 'string'
				? wrap({
						type: 'image',
						url: absolute(props.src, pageUrl),
						alt: typeof props.alt === 'string' ? props.alt : '',
					})
				: [];
		case 'strong':
		case 'b':
			return inline ? [{ type: 'strong', children: phrasing }] : children;
		case 'em':
		case 'i':
			return inline ? [{ type: 'emphasis', children: phrasing }] : children;
		case 'code':
		case 'kbd':
			return wrap({ type: 'inlineCode', value: toString({ type: 'root', children } as Nodes) });
		default:
			return children;
	}
}

/** A link target made absolute from the page's URL (a fragment leads to the page's section); absolute URLs stay. */
function absolute(url: string, pageUrl: string): string {
	if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
	return URL.canParse(url, pageUrl) ? new URL(url, pageUrl).href : url;
}
