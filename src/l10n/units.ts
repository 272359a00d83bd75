import type { Nodes, PhrasingContent, Root } from 'mdast';
import { readBody } from '../content/front-matter.ts';
import { articleParser } from '../markdown/index.ts';
import {
	introSection,
	splitSections,
	type SourceSection,
} from '../translations/section-versions.ts';
import { protectText, tokenizeRange, type Token } from './inline-codes.ts';
import { segmentTokens } from './segment.ts';

/** The kinds of block a unit can be. */
type UnitKind =
	'title' | 'description' | 'heading' | 'paragraph' | 'listItem' | 'tableCell' | 'alert' | 'quote';

/** One translatable block of an article, split into sentences. */
export interface ArticleUnit {
	/** Stable within a version of the article: `<section>.<kind><n>`, such as `cause.p2`. */
	id: string;
	kind: UnitKind;
	/** The id of the section (heading to heading) the unit belongs to. */
	section: string;
	/** Offsets of the unit's text in the file (BOM removed); none for the title and description. */
	range?: { start: number; end: number } | undefined;
	segments: Token[][];
	gaps: string[];
}

/** An article read for translation: its units and its sections. */
export interface ArticleUnits {
	units: ArticleUnit[];
	sections: SourceSection[];
}

const abbreviations: Record<UnitKind, string> = {
	title: 'title',
	description: 'description',
	heading: 'h',
	paragraph: 'p',
	listItem: 'li',
	tableCell: 'td',
	alert: 'alert',
	quote: 'quote',
};
const alertMarker = /^\[!(NOTE|TIP|IMPORTANT|CAUTION|WARNING)\][ \t]*(\r?\n[ \t>]*)?/;
const skipped = new Set([
	'code',
	'html',
	'thematicBreak',
	'mdxFlowExpression',
	'mdxjsEsm',
	'definition',
	'yaml',
	'math',
]);

/** Whether a unit has text to translate (letters, not only codes and punctuation). */
const hasText = (segments: Token[][]) =>
	segments.some((s) => s.some((t) => t.t === 'text' && /\p{L}/u.test(t.text)));

interface Walk {
	body: string;
	offset: number;
	sectionOf: (offset: number) => string;
	counters: Map<string, number>;
	units: ArticleUnit[];
}

function addUnit(
	walk: Walk,
	kind: UnitKind,
	children: readonly PhrasingContent[],
	start: number,
	end: number,
): void {
	const tokens = tokenizeRange(children, { src: walk.body, pairs: 0 }, start, end);
	const { segments, gaps } = segmentTokens(tokens);
	if (!hasText(segments)) return;
	const section = walk.sectionOf(start);
	const key = `${section}.${abbreviations[kind]}`;
	const n = (walk.counters.get(key) ?? 0) + 1;
	walk.counters.set(key, n);
	walk.units.push({
		id: `${key}${n}`,
		kind,
		section,
		range: { start: start + walk.offset, end: end + walk.offset },
		segments,
		gaps,
	});
}

function addPhrasing(
	walk: Walk,
	kind: UnitKind,
	node: Extract<Nodes, { children: PhrasingContent[] }>,
): void {
	const first = node.children[0];
	const last = node.children.at(-1);
	if (!first || !last) return;
	let start = first.position?.start.offset ?? 0;
	if (kind === 'alert' && first.type === 'text')
		start += alertMarker.exec(walk.body.slice(start))?.[0].length ?? 0;
	const children = node.children.filter((c) => (c.position?.end.offset ?? 0) > start);
	addUnit(walk, kind, children, start, last.position?.end.offset ?? start);
}

function isAlertQuote(walk: Walk, node: Nodes): boolean {
	const offset = node.type === 'blockquote' ? node.children[0]?.position?.start.offset : undefined;
	return offset !== undefined && alertMarker.test(walk.body.slice(offset));
}

function visit(walk: Walk, node: Nodes, context: UnitKind): void {
	if (skipped.has(node.type)) return;
	if (node.type === 'heading') return addPhrasing(walk, 'heading', node);
	if (node.type === 'paragraph') return addPhrasing(walk, context, node);
	if (node.type === 'tableCell') return addPhrasing(walk, 'tableCell', node);
	let inner = context;
	if (node.type === 'blockquote') inner = isAlertQuote(walk, node) ? 'alert' : 'quote';
	if (node.type === 'listItem') inner = 'listItem';
	if (node.type === 'mdxJsxFlowElement' && node.name === 'Alert') inner = 'alert';
	if ('children' in node) for (const child of node.children as Nodes[]) visit(walk, child, inner);
}

/**
 * Reads the translatable units of an article (a source, or a translation with the same
 * structure): the title and description from its front matter, then every heading, paragraph,
 * list item, table cell, alert and quotation of its body, in order. Code blocks are left out.
 */
export function articleUnits(
	source: string,
	head: { title: string; description?: string | undefined },
): ArticleUnits {
	const text = source.replace(/^\uFEFF/, '');
	const body = readBody(text);
	const tree: Root = articleParser.parse(body);
	const sections = splitSections(body, head, tree);
	const sectionOf = (offset: number) =>
		sections.findLast((s) => s.start <= offset)?.id ?? introSection;
	const walk: Walk = {
		body,
		offset: text.length - body.length,
		sectionOf,
		counters: new Map(),
		units: [],
	};
	for (const [kind, value] of [
		['title', head.title],
		['description', head.description],
	] as const) {
		if (value === undefined) continue;
		const { segments, gaps } = segmentTokens(protectText(value));
		walk.units.push({ id: kind, kind, section: introSection, segments, gaps });
	}
	for (const node of tree.children) visit(walk, node, 'paragraph');
	return { units: walk.units, sections };
}
