import type { Code, InlineCode, Nodes, Root, Text } from 'mdast';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';

/** What the scanner knows: the registry's codes and the AADSTS codes that have an article. */
export interface MentionContext {
	oauthCodes: ReadonlySet<string>;
	/** AADSTS code → article slug. */
	articles: ReadonlyMap<string, string>;
	/** Codes that are known but not registry codes (vendor extensions): never reported. */
	ignored?: ReadonlySet<string>;
	/** Set when the registry has errors: codes cannot be told from typos, so none is reported. */
	registryUnavailable?: boolean;
}

/** A code found in article text. */
export type Mention =
	| { kind: 'oauth'; code: string; node: Text | InlineCode; index: number; length: number }
	| {
			kind: 'aadsts';
			code: string;
			slug: string;
			node: Text | InlineCode;
			index: number;
			length: number;
	  }
	| {
			kind: 'unknown';
			code: string;
			node: Text | InlineCode | Code;
			index: number;
			suggestion?: string;
	  };

const oauthLike = /\b[a-z]+(?:_[a-z]+)+\b/g;
const aadsts = /\bAADSTS\d{5,9}\b/g;
const errorShaped =
	/^(invalid|unsupported|unauthorized|insufficient|unmet)_|_(required|not_supported|pending|denied)$/;
/** Nodes whose text is never a mention: headings, links and their definitions, raw HTML. */
const skipped = new Set([
	'heading',
	'link',
	'linkReference',
	'definition',
	'html',
	'mdxjsEsm',
	'mdxFlowExpression',
	'mdxTextExpression',
]);

/**
 * Finds the registry codes, AADSTS codes and unknown error-like codes mentioned in an article,
 * in document order. Skips headings, links and code blocks (whose JSON `"error"` values are only
 * checked for unknown codes). A code span counts when it is a code or starts with `code:`.
 */
export function findMentions(tree: Root, context: MentionContext): Mention[] {
	const mentions: Mention[] = [];
	visitParents(tree, (node: Nodes) => {
		if (skipped.has(node.type) || (node.type === 'mdxJsxTextElement' && node.name === 'a'))
			return SKIP;
		if (node.type === 'code') mentions.push(...unknownInJson(node, context));
		if (node.type === 'inlineCode') mentions.push(...inInlineCode(node, context));
		if (node.type === 'text') mentions.push(...inText(node, context));
		return undefined;
	});
	return mentions;
}

function inText(node: Text, context: MentionContext): Mention[] {
	const found: Mention[] = [];
	for (const match of node.value.matchAll(aadsts)) {
		const slug = context.articles.get(match[0]);
		if (slug)
			found.push({
				kind: 'aadsts',
				code: match[0],
				slug,
				node,
				index: match.index,
				length: match[0].length,
			});
	}
	for (const match of node.value.matchAll(oauthLike))
		found.push(...classify(match[0], node, match.index, context));
	return found.sort((a, b) => a.index - b.index);
}

function inInlineCode(node: InlineCode, context: MentionContext): Mention[] {
	const slug = context.articles.get(node.value);
	if (slug)
		return [{ kind: 'aadsts', code: node.value, slug, node, index: 0, length: node.value.length }];
	const lead = /^([a-z]+(?:_[a-z]+)+)(?::|$)/.exec(node.value);
	return lead?.[1] ? classify(lead[1], node, 0, context) : [];
}

function classify(
	code: string,
	node: Text | InlineCode,
	index: number,
	context: MentionContext,
): Mention[] {
	if (context.oauthCodes.has(code))
		return [{ kind: 'oauth', code, node, index, length: code.length }];
	return unknown(code, node, index, context);
}

function unknown(
	code: string,
	node: Text | InlineCode | Code,
	index: number,
	context: MentionContext,
): Mention[] {
	if (context.ignored?.has(code) || context.oauthCodes.has(code)) return [];
	const suggestion = closest(code, context.oauthCodes);
	if (!suggestion && !errorShaped.test(code)) return [];
	return [{ kind: 'unknown', code, node, index, ...(suggestion ? { suggestion } : {}) }];
}

function unknownInJson(node: Code, context: MentionContext): Mention[] {
	return [...node.value.matchAll(/"error"\s*:\s*"([a-z]+(?:_[a-z]+)*)"/g)].flatMap((m) =>
		unknown(m[1] ?? '', node, (m.index ?? 0) + m[0].lastIndexOf(m[1] ?? ''), context),
	);
}

/** The registry code at most two edits away, if any (a likely misspelling). */
function closest(code: string, codes: ReadonlySet<string>): string | undefined {
	let best: { code: string; distance: number } | undefined;
	for (const candidate of codes) {
		const distance = editDistance(code, candidate);
		if (distance <= 2 && (!best || distance < best.distance)) best = { code: candidate, distance };
	}
	return best?.code;
}

/** Levenshtein distance. */
function editDistance(a: string, b: string): number {
	if (Math.abs(a.length - b.length) > 2) return 3;
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(
				(previous[j] ?? 0) + 1,
				(current[j - 1] ?? 0) + 1,
				(previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
			);
		}
		previous = current;
	}
	return previous[b.length] ?? 0;
}

/**
 * The writer's warning for an unknown code, at its line and column in the file (the tree's
 * positions must be the file's own lines).
 */
export function unknownCodeWarning(
	mention: Extract<Mention, { kind: 'unknown' }>,
	file: string,
): Diagnostic {
	const start = mention.node.position?.start ?? { line: 1, column: 1 };
	const before =
		mention.node.type === 'code'
			? `\n${mention.node.value.slice(0, mention.index)}`
			: mention.node.value.slice(0, mention.index);
	const lines = before.split('\n');
	const line = start.line + lines.length - 1;
	const column =
		lines.length === 1
			? start.column + (mention.node.type === 'inlineCode' ? 1 : 0) + mention.index
			: (lines.at(-1)?.length ?? 0) + 1;
	const hint = mention.suggestion
		? `did you mean "${mention.suggestion}"?`
		: 'add it to the registry, or to its list of unregistered codes if it is a vendor extension';
	return {
		file,
		line,
		column,
		severity: 'warning',
		message: `"${mention.code}" looks like an OAuth error code but is not in the registry; ${hint}`,
		rule: 'unknown-code',
	};
}
