import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { Processor } from 'unified';

// Stand-ins for `<` and `>` inside attribute values while serializing. They are Unicode
// noncharacters, which are never text a writer means (any in the tree become U+FFFD first).
const lt = '\uFDD0';
const gt = '\uFDD1';
const standIns = /[\uFDD0\uFDD1]/g;

/**
 * Serializes article HTML so that no value can end an element early: besides what
 * hast-util-to-html escapes, `<` and `>` in attribute values become `&#x3C;` and `&#x3E;`. (With
 * the content schema no raw-text element such as `<noscript>` survives sanitizing either; this
 * is the second wall.)
 * @example toSafeHtml(h(null, [h('img', { alt: '</noscript><b>' })])) // '<img alt="&#x3C;/noscript&#x3E;&#x3C;b&#x3E;">'
 */
function toSafeHtml(tree: Root): string {
	visit(tree, (node) => {
		if (node.type === 'text' || node.type === 'comment')
			node.value = node.value.replace(standIns, '\uFFFD');
		if (node.type !== 'element') return;
		for (const [key, value] of Object.entries(node.properties)) {
			if (typeof value === 'string')
				node.properties[key] = value
					.replace(standIns, '\uFFFD')
					.replaceAll('<', lt)
					.replaceAll('>', gt);
			else if (Array.isArray(value))
				node.properties[key] = value.map((v) =>
					typeof v === 'string'
						? v.replace(standIns, '\uFFFD').replaceAll('<', lt).replaceAll('>', gt)
						: v,
				);
		}
	});
	return toHtml(tree).replaceAll(lt, '&#x3C;').replaceAll(gt, '&#x3E;');
}

/** The unified compiler that writes article HTML with `toSafeHtml`. */
export default function rehypeSafeStringify(this: Processor) {
	this.compiler = (tree) => toSafeHtml(tree as Root);
}
