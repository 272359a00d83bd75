import type { Element, ElementContent, Root } from 'hast';
import type { MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Keeps Learn's heading anchors working: a heading that opens with an empty `<a name="x"></a>`
 * (as Learn and its translations write them) gets `id="x"`, so `#x` links, the table of contents
 * and the heading id agree, and the empty anchor is removed. (It runs on the MDX tree, before any
 * heading has an id.)
 * @example `## <a name="fix"></a>Fix it` → `<h2 id="fix">Fix it</h2>`
 */
export default function rehypeLearnAnchors() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			if (!headingTags.has(node.tagName)) return;
			const first = node.children.find(
				(child) => !(child.type === 'text' && child.value.trim() === ''),
			);
			const name = first && anchorName(first);
			if (!first || !name) return;
			node.children.splice(node.children.indexOf(first), 1);
			const next = node.children[0];
			if (next?.type === 'text') next.value = next.value.trimStart();
			node.properties.id = name;
		});
	};
}

/** The `name` of an empty `<a name="…">` written in MDX. */
function anchorName(node: ElementContent | MdxJsxTextElementHast): string | undefined {
	if (node.type !== 'mdxJsxTextElement' || node.name !== 'a' || node.children.length > 0)
		return undefined;
	const attributes = node.attributes.filter((a) => a.type === 'mdxJsxAttribute');
	if (attributes.some((a) => a.name === 'href')) return undefined;
	const name = attributes.find((a) => a.name === 'name')?.value;
	return typeof name === 'string' ? name : undefined;
}
