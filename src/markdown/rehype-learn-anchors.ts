import type { Element, ElementContent, Root } from 'hast';
import type { MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Keeps Learn's heading anchors working: a heading that opens with an empty `<a name="x"></a>`
 * (as Learn and its translations write them) gets `id="x"`, so `#x` links, the table of contents
 * and the heading id agree, and the empty anchor is removed. A heading with its own id is left alone.
 * @example `## <a name="fix"></a>Fix it` → `<h2 id="fix">Fix it</h2>`
 */
export default function rehypeLearnAnchors() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			// A heading with its own id keeps it, and the anchor too, so both targets still work.
			if (!headingTags.has(node.tagName) || node.properties.id !== undefined) return;
			const first = node.children.find((child) => !(child.type === 'text' && child.value.trim() === ''));
			const name = first && anchorName(first);
			if (!first || !name) return;
			node.children.splice(node.children.indexOf(first), 1);
			const next = node.children[0];
			if (next?.type === 'text') next.value = next.value.trimStart();
			node.properties.id = name;
		});
	};
}

/** The `name` of an empty `<a name="…">`, as HTML or as MDX JSX. */
function anchorName(node: ElementContent | MdxJsxTextElementHast): string | undefined {
	if (node.type === 'element' && node.tagName === 'a' && node.children.length === 0) {
		const name = node.properties.name;
		return typeof name === 'string' && !node.properties.href ? name : undefined;
	}
	if (node.type === 'mdxJsxTextElement' && node.name === 'a' && node.children.length === 0) {
		const attributes = node.attributes.filter((a) => a.type === 'mdxJsxAttribute');
		if (attributes.some((a) => a.name === 'href')) return undefined;
		const name = attributes.find((a) => a.name === 'name')?.value;
		return typeof name === 'string' ? name : undefined;
	}
	return undefined;
}
