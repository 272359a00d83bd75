import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';

/** The headings that get a link to themselves: sections, not the page title. */
const linkedTags = new Set(['h2', 'h3', 'h4']);

/**
 * The id of the page element that holds the anchor links' localized label ("Link to the
 * section"): the link's accessible name is that label and the heading's text
 * (`aria-labelledby`), so one compiled article serves every locale that shows it.
 */
export const headingLinkLabelId = 'heading-link-label';

/**
 * The link a heading gets to itself, after the heading, inside one wrapper. Kept outside the
 * heading so that the heading's own accessible name stays its text.
 * @example headingLink('cause') // <a class="heading-link" href="#cause" aria-labelledby="heading-link-label cause" data-pagefind-ignore="">…</a>
 */
function headingLink(id: string): Element {
	return h(
		'a',
		// Not the article's text: search leaves its "#" out of excerpts.
		{
			class: 'heading-link',
			href: `#${id}`,
			ariaLabelledBy: `${headingLinkLabelId} ${id}`,
			dataPagefindIgnore: '',
		},
		[h('span', { ariaHidden: 'true' }, '#')],
	);
}

/**
 * Gives every h2–h4 with an id a link to itself (shown on hover and focus, see global.css):
 * `<h2 id="cause">Cause</h2>` becomes
 * `<div class="heading-wrapper"><h2 id="cause">Cause</h2><a class="heading-link" href="#cause" …>#</a></div>`.
 * A trusted decoration: registered after the article's own HTML is made (and sanitized).
 */
export default function rehypeHeadingLinks() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element, index, parent) => {
			const { id } = node.properties;
			// An id with a space cannot be named in aria-labelledby (nor written in a URL as is): no link.
			if (
				!linkedTags.has(node.tagName) ||
				typeof id !== 'string' ||
				/\s/.test(id) ||
				!parent ||
				index === undefined
			)
				return undefined;
			const wrapper: ElementContent = h(
				'div',
				{ class: `heading-wrapper heading-wrapper-${node.tagName}` },
				[node, headingLink(id)],
			);
			parent.children.splice(index, 1, wrapper);
			return [SKIP, index + 1];
		});
	};
}
