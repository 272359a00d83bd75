import type { InlineCode, Link, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { locateContentFile } from '../content/paths.ts';
import { findMentions, type Mention, type MentionContext } from '../reference/mentions.ts';

/** Options of `remarkLinkCodes`. */
export interface RemarkLinkCodesOptions {
	/** The codes to link. */
	context: MentionContext;
}

type Linked = Extract<Mention, { kind: 'oauth' | 'aadsts' }>;

/**
 * Links every mention of a registry code (in text, and code spans that are or start with a code)
 * to its reference entry (in a code span, the code only, never the quotation after it), and every AADSTS code that has an article to that article. Links are
 * relative, so the same compiled article links within whichever locale shows it. Headings, links
 * and code blocks are left alone (unknown error-like codes are the checks' to report:
 * checks/rules/unknown-codes.ts).
 * @example `invalid_grant` → [`invalid_grant`](../../reference/oauth-errors/invalid_grant/)
 */
export default function remarkLinkCodes(options: RemarkLinkCodesOptions) {
	return (tree: Root, file: VFile) => {
		const { context } = options;
		const self = locateContentFile(file.path)?.slug;
		// Found here, not taken from the checks: remark-alerts has edited the text since.
		const mentions = findMentions(tree, context);
		const byNode = new Map<Text | InlineCode, Linked[]>();
		for (const m of mentions) {
			if (m.kind === 'unknown' || (m.kind === 'aadsts' && m.slug === self)) continue;
			byNode.set(m.node, [...(byNode.get(m.node) ?? []), m]);
		}
		visit(tree, (node, index, parent) => {
			const found = (node.type === 'text' || node.type === 'inlineCode') && byNode.get(node);
			if (!found || !parent || index === undefined) return undefined;
			const replacement =
				node.type === 'inlineCode'
					? splitCode(node, found[0] as Linked)
					: splitText(node as Text, found);
			(parent.children as PhrasingContent[]).splice(index, 1, ...replacement);
			return [SKIP, index + replacement.length];
		});
	};
}

/** The relative URL of a mention, from `/<locale>/troubleshoot/<slug>/`. */
function hrefOf(mention: Linked): string {
	return mention.kind === 'oauth'
		? `../../reference/oauth-errors/${mention.code}/`
		: `../${mention.slug}/`;
}

function linkTo(mention: Linked, children: PhrasingContent[]): Link {
	return {
		type: 'link',
		url: hrefOf(mention),
		children,
		data: { hProperties: { dataCodeLink: mention.kind } },
	};
}

/**
 * A code span that is a code becomes a link; one that starts with a code (`invalid_request: The
 * request is missing…`) becomes the code as a link, then the rest as a code span of its own.
 */
function splitCode(node: InlineCode, mention: Linked): PhrasingContent[] {
	if (mention.length >= node.value.length) return [linkTo(mention, [node])];
	const code: InlineCode = { type: 'inlineCode', value: node.value.slice(0, mention.length) };
	const rest: InlineCode = { type: 'inlineCode', value: node.value.slice(mention.length) };
	return [linkTo(mention, [code]), rest];
}

function splitText(node: Text, mentions: Linked[]): PhrasingContent[] {
	const parts: PhrasingContent[] = [];
	let at = 0;
	for (const m of mentions) {
		if (m.index < at) continue;
		if (m.index > at) parts.push({ type: 'text', value: node.value.slice(at, m.index) });
		parts.push(linkTo(m, [{ type: 'text', value: m.code }]));
		at = m.index + m.length;
	}
	if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
	return parts;
}
