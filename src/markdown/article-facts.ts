import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Mention } from '../reference/mentions.ts';

/** A link or definition as written, at its position in the file. */
interface LinkFact {
	url: string;
	line: number;
	column: number;
}

/**
 * What the project-wide checks and the pages need to know of one article, read from its tree
 * once, when it is compiled (and kept with the compiled article, so an unchanged file is not
 * parsed again).
 */
export interface ArticleFacts {
	/** The ids a link may point at on the rendered page. */
	anchors: string[];
	/** Every link and link definition, in document order. */
	links: LinkFact[];
	/** The registry codes the article concerns: those it mentions and those it lists. */
	oauthCodes: string[];
	/** Whether the article holds bilingual (`<Sxs>`) sentences. */
	usesSxs: boolean;
	/** The text of the article's first heading, if it has one (where its codes may be named). */
	firstHeading?: string;
}

/**
 * The ids a rendered article will have: each heading's id as Astro makes it (github-slugger over
 * its text, or the Learn `<a name>` it opens with), and every `<a name|id>` in the text.
 */
function anchorsOf(tree: Root): string[] {
	const ids = new Set<string>();
	const slugger = new GithubSlugger();
	visit(tree, (node) => {
		if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
			for (const a of (node as MdxJsxTextElement).attributes)
				if (
					a.type === 'mdxJsxAttribute' &&
					(a.name === 'name' || a.name === 'id') &&
					typeof a.value === 'string'
				)
					ids.add(a.value);
		}
		if (node.type !== 'heading') return;
		const first = node.children[0];
		const learn =
			first?.type === 'mdxJsxTextElement' && first.name === 'a' && first.children.length === 0
				? first.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'name')?.value
				: undefined;
		ids.add(typeof learn === 'string' ? learn : slugger.slug(toString(withoutExpressions(node))));
	});
	return [...ids];
}

/** A node without its `{…}` expressions (comments), which the rendered heading does not show. */
function withoutExpressions<T extends Nodes>(node: T): T {
	if (!('children' in node)) return node;
	const children = (node.children as Nodes[])
		.filter((c) => c.type !== 'mdxTextExpression' && c.type !== 'mdxFlowExpression')
		.map(withoutExpressions);
	return { ...node, children };
}

/**
 * The facts of an article's tree, given the code mentions found in it, the codes its front
 * matter lists (`oauthCodes`) and the registry's codes (listed codes it lacks are not kept).
 * @example factsOf(tree, mentions, ['login_required'], registryCodes).oauthCodes // ['invalid_grant', 'login_required']
 */
export function factsOf(
	tree: Root,
	mentions: readonly Mention[],
	listedCodes: readonly string[],
	registryCodes: ReadonlySet<string>,
): ArticleFacts {
	const links: LinkFact[] = [];
	let usesSxs = false;
	let firstHeading: string | undefined;
	visit(tree, (node: Nodes) => {
		if (node.type === 'heading') firstHeading ??= toString(withoutExpressions(node));
		if (node.type === 'link' || node.type === 'definition')
			links.push({
				url: node.url,
				line: node.position?.start.line ?? 1,
				column: node.position?.start.column ?? 1,
			});
		else if (
			(node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
			node.name === 'Sxs'
		)
			usesSxs = true;
	});
	const mentioned = mentions.flatMap((m) => (m.kind === 'oauth' ? [m.code] : []));
	return {
		anchors: anchorsOf(tree),
		links,
		oauthCodes: [...new Set([...listedCodes, ...mentioned])]
			.filter((c) => registryCodes.has(c))
			.sort(),
		usesSxs,
		...(firstHeading === undefined ? {} : { firstHeading }),
	};
}
