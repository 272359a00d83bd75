import type { Blockquote, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/** The alert kinds Learn and GitHub write as `> [!NOTE]`. */
export const alertTypes = ['note', 'tip', 'important', 'caution', 'warning'] as const;
export type AlertType = (typeof alertTypes)[number];

const marker = /^\[!(NOTE|TIP|IMPORTANT|CAUTION|WARNING)\][ \t]*(?:\r?\n)?/i;

/** Options of `remarkAlerts`. */
export interface RemarkAlertsOptions {
	/** Finds the locale of a file from its path, so the alert's title is in the text's language. */
	localeOf?: (path: string) => string | undefined;
}

/**
 * Turns Learn/GitHub alert blockquotes (`> [!NOTE]`, `>[!Tip]`, any case) into the `<Alert>`
 * component, keeping every paragraph of the quote. Other blockquotes are left alone.
 * @example `> [!TIP]\n> Sign out first.` → `<Alert type="tip">Sign out first.</Alert>`
 */
export default function remarkAlerts(options: RemarkAlertsOptions = {}) {
	return (tree: Root, file: VFile) => {
		const locale = options.localeOf?.(file.path);
		visit(tree, 'blockquote', (node: Blockquote, index, parent) => {
			const type = takeMarker(node);
			if (!type || !parent || index === undefined) return;
			const attributes: MdxJsxFlowElement['attributes'] = [
				{ type: 'mdxJsxAttribute', name: 'type', value: type },
			];
			if (locale) attributes.push({ type: 'mdxJsxAttribute', name: 'locale', value: locale });
			const alert: MdxJsxFlowElement = {
				type: 'mdxJsxFlowElement',
				name: 'Alert',
				attributes,
				children: node.children,
				...(node.position ? { position: node.position } : {}),
			};
			parent.children[index] = alert;
		});
	};
}

/** Removes the `[!TYPE]` marker that opens a blockquote and returns its type, if there is one. */
function takeMarker(node: Blockquote): AlertType | undefined {
	const first = node.children[0];
	if (first?.type !== 'paragraph') return undefined;
	const text = first.children[0];
	// remark parses `[!NOTE]` as text; in MDX the marker may also be split into a link reference.
	if (text?.type !== 'text') return undefined;
	const match = marker.exec(text.value);
	if (!match?.[1]) return undefined;
	text.value = text.value.slice(match[0].length);
	if (text.value === '') first.children.shift();
	if (first.children[0]?.type === 'break') first.children.shift();
	if (first.children.length === 0) node.children.shift();
	return match[1].toLowerCase() as AlertType;
}
