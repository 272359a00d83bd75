import type { Nodes, PhrasingContent } from 'mdast';

/** What kind of thing a protected code stands for (XLIFF 2.0 `type`). */
export type CodeType = 'fmt' | 'link' | 'image' | 'other';

/** One piece of a unit's inline content: translatable text, or a protected code. */
export type Token =
	| { t: 'text'; text: string }
	/** A standalone code (`<ph>`): inline code, an error code, a URL, a component tag. */
	| { t: 'ph'; data: string; type: CodeType }
	/** The start of a paired code (`<pc>`): link text, emphasis, an HTML element with text. */
	| { t: 'open'; pair: number; start: string; end: string; type: CodeType }
	| { t: 'close'; pair: number };

/**
 * Words that must never be translated, inside text: AADSTS codes, snake_case identifiers such as
 * OAuth error codes (`invalid_grant`), and bare URLs.
 */
const protectedWord =
	/\bAADSTS\d{5,9}\b|\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b|\bhttps?:\/\/[^\s<>)\]]*[^\s<>)\].,;:!?'"]/g;

/** Soft line breaks (with a blockquote's `>` or a list's indentation) read as one space. */
const softBreak = /[ \t]*\r?\n[ \t>]*/g;

/**
 * Splits text as written into text and the protected words in it.
 * @example protectText('Error AADSTS50011 occurs') // [text 'Error ', ph 'AADSTS50011', text ' occurs']
 */
export function protectText(text: string): Token[] {
	const tokens: Token[] = [];
	let last = 0;
	for (const match of text.matchAll(protectedWord)) {
		if (match.index > last) tokens.push({ t: 'text', text: text.slice(last, match.index) });
		tokens.push({ t: 'ph', data: match[0], type: match[0].startsWith('http') ? 'link' : 'other' });
		last = match.index + match[0].length;
	}
	if (last < text.length) tokens.push({ t: 'text', text: text.slice(last) });
	return tokens.map((token) =>
		token.t === 'text' ? { t: 'text', text: token.text.replace(softBreak, ' ') } : token,
	);
}

const offsets = (node: Nodes) =>
	[node.position?.start.offset ?? 0, node.position?.end.offset ?? 0] as const;

const pairedTypes: Partial<Record<Nodes['type'], CodeType>> = {
	emphasis: 'fmt',
	strong: 'fmt',
	delete: 'fmt',
	link: 'link',
	linkReference: 'link',
	mdxJsxTextElement: 'other',
};

/** The state of one tokenizing pass: the text it reads and the pairs numbered so far. */
interface Pass {
	src: string;
	pairs: number;
}

function tokenizeNode(node: PhrasingContent, pass: Pass): Token[] {
	const [start, end] = offsets(node);
	const written = pass.src.slice(start, end);
	if (node.type === 'text') return protectText(written);
	const type = pairedTypes[node.type];
	const children = 'children' in node ? (node.children as PhrasingContent[]) : [];
	const first = children[0];
	const last = children.at(-1);
	// An autolink shows its own URL: nothing in it to translate.
	const isAutolink = node.type === 'link' && !written.startsWith('[');
	if (!type || !first || !last || isAutolink)
		return [
			{
				t: 'ph',
				data: written,
				type: node.type === 'image' ? 'image' : isAutolink ? 'link' : 'other',
			},
		];
	const pair = ++pass.pairs;
	const inner = tokenizeRange(children, pass, offsets(first)[0], offsets(last)[1]);
	return [
		{
			t: 'open',
			pair,
			start: pass.src.slice(start, offsets(first)[0]),
			end: pass.src.slice(offsets(last)[1], end),
			type,
		},
		...inner,
		{ t: 'close', pair },
	];
}

/**
 * Tokenizes phrasing nodes between two offsets of the text they were parsed from; text between
 * nodes (none, normally) is kept as text.
 */
export function tokenizeRange(
	nodes: readonly PhrasingContent[],
	pass: Pass,
	from: number,
	to: number,
): Token[] {
	const tokens: Token[] = [];
	let at = from;
	for (const node of nodes) {
		const [start, end] = offsets(node);
		if (start > at) tokens.push(...protectText(pass.src.slice(at, start)));
		// A text node may start before the range (an alert's `[!NOTE]` marker is cut off).
		tokens.push(
			...(node.type === 'text' && start < at
				? protectText(pass.src.slice(at, end))
				: tokenizeNode(node, pass)),
		);
		at = Math.max(at, end);
	}
	if (to > at) tokens.push(...protectText(pass.src.slice(at, to)));
	return mergeText(tokens);
}

/** Joins neighbouring text tokens. */
export function mergeText(tokens: readonly Token[]): Token[] {
	const merged: Token[] = [];
	for (const token of tokens) {
		const previous = merged.at(-1);
		if (token.t === 'text' && previous?.t === 'text')
			merged[merged.length - 1] = { t: 'text', text: previous.text + token.text };
		else if (token.t !== 'text' || token.text) merged.push(token);
	}
	return merged;
}

/**
 * The Markdown a token list stands for: text and codes as written.
 * @example tokensToMarkdown([{ t: 'text', text: 'Use ' }, { t: 'ph', data: '`x`', type: 'other' }]) // 'Use `x`'
 */
export function tokensToMarkdown(tokens: readonly Token[]): string {
	const ends = new Map<number, string>();
	return tokens
		.map((token) => {
			if (token.t === 'text') return token.text;
			if (token.t === 'ph') return token.data;
			if (token.t === 'open') {
				ends.set(token.pair, token.end);
				return token.start;
			}
			return ends.get(token.pair) ?? '';
		})
		.join('');
}
