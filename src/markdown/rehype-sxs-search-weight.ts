import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** How much a word of the English source of a bilingual sentence counts in search (Pagefind: 1 is normal). */
const sourceWeight = '0.5';

/**
 * Keeps the English source sentences of a bilingual (`<Sxs>`) page searchable (error messages
 * are pasted in English on every site) but ranks them below the page's own language: each
 * `.sxs-source` gets `data-pagefind-weight`. A trusted decoration, registered after the sanitizer.
 * @example `<span class="sxs-source">` → `<span class="sxs-source" data-pagefind-weight="0.5">`
 */
export default function rehypeSxsSearchWeight() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			const classes = node.properties.className;
			if (Array.isArray(classes) && classes.includes('sxs-source'))
				node.properties.dataPagefindWeight = sourceWeight;
		});
	};
}
