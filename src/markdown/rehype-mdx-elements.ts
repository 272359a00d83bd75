import type { Element, ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { localeOfContentPath } from '../content/paths.ts';
import {
	contentComponents,
	isContentComponent,
	type AlertTitles,
	type ComponentProps,
} from './content-components.ts';
import { mdxElementProblem } from './content-policy.ts';

/** The MDX node types remark-rehype must pass through for this plugin to convert. */
export const mdxNodeTypes = [
	'mdxJsxFlowElement',
	'mdxJsxTextElement',
	'mdxFlowExpression',
	'mdxTextExpression',
	'mdxjsEsm',
] as const;

/** Options of `rehypeMdxElements`. */
export interface RehypeMdxElementsOptions {
	/** Alert titles per locale; an alert's title is in the language of its file (none when only checking). */
	alertTitles?: AlertTitles | undefined;
}

type MdxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;
type AnyNode =
	| RootContent
	| MdxElement
	| { type: (typeof mdxNodeTypes)[number]; position?: Element['position'] };

/**
 * Renders the MDX in an article as plain HTML, without compiling it to JavaScript: HTML tags
 * written as JSX (`<a name="x"></a>`, `<br />`) become elements and the content components
 * (`<Alert>`, `<Sxs>`) become their markup (comments are gone already: rehype-mdx-comments).
 * HTML elements are built as written: the sanitizer that runs next (rehype-content-sanitize.ts)
 * keeps only what the content schema allows and reports the rest. MDX that is code (expressions,
 * import/export, unknown components, attribute expressions) fails at the node's line rather
 * than being written or dropped (the MDX safety check reports it first).
 * @example `<Alert type="tip">Sign out.</Alert>` → `<div class="alert alert-tip" role="note">…</div>`
 */
export default function rehypeMdxElements(options: RehypeMdxElementsOptions) {
	return (tree: Root, file: VFile) => {
		const locale = localeOfContentPath(file.path);
		const convert = (nodes: readonly AnyNode[]): ElementContent[] =>
			nodes.flatMap((node): ElementContent[] => {
				switch (node.type) {
					case 'mdxFlowExpression':
					case 'mdxTextExpression':
						return file.fail(
							'JavaScript expressions are not rendered in content; write \\{ and \\} for braces',
							{ place: node.position, ruleId: 'mdx-safety' },
						);
					case 'mdxjsEsm':
						return file.fail('import/export is not rendered in content', {
							place: node.position,
							ruleId: 'mdx-safety',
						});
					case 'mdxJsxFlowElement':
					case 'mdxJsxTextElement':
						return [element(node as MdxElement)];
					default:
						if ('children' in node && node.type === 'element')
							node.children = convert(node.children);
						return [node as ElementContent];
				}
			});
		const element = (node: MdxElement): Element => {
			const name = node.name ?? '';
			const refused = mdxElementProblem(name);
			if (refused) return file.fail(refused, { place: node.position, ruleId: 'mdx-safety' });
			const props = propsOf(node, file);
			const children = convert(node.children as AnyNode[]);
			const built = isContentComponent(name)
				? contentComponents[name].build(props, children, {
						locale,
						alertTitles: options.alertTitles,
					})
				: h(name, props, children);
			return node.position ? { ...built, position: node.position } : built;
		};
		tree.children = convert(tree.children as AnyNode[]) as Root['children'];
	};
}

/** The attributes of a JSX element as text (a bare attribute is `true`). */
function propsOf(node: MdxElement, file: VFile): ComponentProps {
	const props: ComponentProps = {};
	for (const attribute of node.attributes) {
		if (
			attribute.type !== 'mdxJsxAttribute' ||
			(attribute.value !== null && typeof attribute.value === 'object')
		) {
			return file.fail(`<${node.name}>: attributes must be plain values such as name="…"`, {
				place: node.position,
				ruleId: 'mdx-safety',
			});
		}
		props[attribute.name] = attribute.value ?? true;
	}
	return props;
}
