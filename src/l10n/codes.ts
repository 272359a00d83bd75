import type { Token } from './inline-codes.ts';
import type { Inline, UnitCode } from './xliff-model.ts';

/**
 * Numbers the codes of a unit's segments (1, 2, … across the unit) and nests paired codes:
 * the XLIFF `<source>` content of each segment and the unit's `<originalData>`.
 */
export function codeSegments(segments: readonly Token[][]): {
	segments: Inline[][];
	codes: UnitCode[];
} {
	const codes: UnitCode[] = [];
	const converted = segments.map((tokens) => {
		const root: Inline[] = [];
		const stack: Inline[][] = [root];
		for (const token of tokens) {
			const into = stack.at(-1)!;
			if (token.t === 'text') into.push({ t: 'text', text: token.text });
			else if (token.t === 'ph') {
				const id = String(codes.length + 1);
				codes.push({ id, kind: 'ph', type: token.type, data: token.data });
				into.push({ t: 'ph', id });
			} else if (token.t === 'open') {
				const id = String(codes.length + 1);
				codes.push({ id, kind: 'pc', type: token.type, data: token.start, end: token.end });
				const pc: Inline = { t: 'pc', id, children: [] };
				into.push(pc);
				stack.push(pc.children);
			} else stack.pop();
		}
		return root;
	});
	return { segments: converted, codes };
}

/**
 * The Markdown of XLIFF inline content, each code replaced by its original data, byte for byte.
 * @example inlineToMarkdown([{ t: 'ph', id: '1' }], new Map([['1', { id: '1', kind: 'ph', type: 'other', data: '`x`' }]])) // '`x`'
 */
export function inlineToMarkdown(
	content: readonly Inline[],
	codes: ReadonlyMap<string, UnitCode>,
): string {
	return content
		.map((part) => {
			if (part.t === 'text') return part.text;
			const code = codes.get(part.id);
			if (part.t === 'ph') return code?.data ?? '';
			return `${code?.data ?? ''}${inlineToMarkdown(part.children, codes)}${code?.end ?? ''}`;
		})
		.join('');
}

/** Every code in inline content, in order, with the id of the paired code around it. */
export function codesIn(
	content: readonly Inline[],
	parent?: string,
): { id: string; kind: 'ph' | 'pc'; parent: string | undefined; line?: number | undefined }[] {
	return content.flatMap((part) => {
		if (part.t === 'text') return [];
		const self = { id: part.id, kind: part.t, parent, line: part.line };
		return part.t === 'pc' ? [self, ...codesIn(part.children, part.id)] : [self];
	});
}

/**
 * Turns a translated unit's tokens (read from a translation's MDX) into target content that
 * uses the source's code ids: each code is matched to an unused source code with the same
 * Markdown. Undefined when a code has no match (the translation has Markdown the source has not).
 */
export function matchTargetCodes(
	tokens: readonly Token[],
	codes: readonly UnitCode[],
	used: Set<string>,
): Inline[] | undefined {
	const root: Inline[] = [];
	const stack: Inline[][] = [root];
	const find = (kind: 'ph' | 'pc', data: string, end?: string) => {
		const code = codes.find(
			(c) =>
				!used.has(c.id) && c.kind === kind && c.data === data && (kind === 'ph' || c.end === end),
		);
		if (code) used.add(code.id);
		return code?.id;
	};
	for (const token of tokens) {
		const into = stack.at(-1)!;
		if (token.t === 'text') into.push({ t: 'text', text: token.text });
		else if (token.t === 'close') stack.pop();
		else {
			const id = token.t === 'ph' ? find('ph', token.data) : find('pc', token.start, token.end);
			if (!id) return undefined;
			if (token.t === 'ph') into.push({ t: 'ph', id });
			else {
				const pc: Inline = { t: 'pc', id, children: [] };
				into.push(pc);
				stack.push(pc.children);
			}
		}
	}
	return root;
}
