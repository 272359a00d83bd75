import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findMentions, type MentionContext } from './mentions.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * The registry codes an article concerns: those it mentions (found exactly as the linking plugin
 * finds them) and those its front matter lists in `oauthCodes`.
 * @example codesOfArticle('Use `invalid_grant`…', [], context) // ['invalid_grant']
 */
export function codesOfArticle(body: string, listed: readonly string[] | undefined, context: MentionContext): string[] {
	const tree = parser.runSync(parser.parse(body)) as Root;
	const mentioned = findMentions(tree, context).filter((m) => m.kind === 'oauth').map((m) => m.code);
	return [...new Set([...(listed ?? []), ...mentioned])].filter((c) => context.oauthCodes.has(c)).sort();
}
