import type { BlockContent, ListItem, PhrasingContent, Root } from 'mdast';
import type { LoadedRegistry } from '../reference/load-registry.ts';
import { exampleResponse } from '../reference/example-response.ts';
import { citationOf, sectionUrl } from '../reference/reference-data.ts';
import type { Explanation, RegistryEntry } from '../reference/registry-schema.ts';
import { twinStringifier } from '../markdown/markdown-twin.ts';
import { twinFrontMatter, type TwinFrontMatter } from './twin-front-matter.ts';

/** What a reference entry's twin shows besides the registry: its labels and links, in the page's locale. */
export interface ReferenceTwinPage {
	entry: RegistryEntry;
	explanation?: Explanation | undefined;
	/** The UI strings of the entry's headings, in the page's locale. */
	labels: {
		definitions: string;
		example: string;
		causes: string;
		fixes: string;
		related: string;
		aadsts: string;
		backlinks: string;
		noBacklinks: string;
		deprecated?: string | undefined;
	};
	/** Absolute URLs: each related code's entry, and the articles that mention the code. */
	relatedUrl: (code: string) => string;
	/** The AADSTS codes that come with this one, each with its article's URL where it has one. */
	aadsts: readonly { code: string; url?: string | undefined }[];
	backlinks: readonly { title: string; url: string }[];
	meta: TwinFrontMatter;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const heading = (value: string): BlockContent => ({
	type: 'heading',
	depth: 2,
	children: [text(value)],
});
const item = (children: PhrasingContent[]): ListItem => ({
	type: 'listItem',
	spread: false,
	children: [{ type: 'paragraph', children }],
});
const list = (items: ListItem[]): BlockContent => ({
	type: 'list',
	ordered: false,
	spread: false,
	children: items,
});

/** Our explanations write code in backticks: `invalid_grant` becomes a code span. */
function withCode(value: string): PhrasingContent[] {
	return value
		.split('`')
		.flatMap((part, i): PhrasingContent[] =>
			part === '' ? [] : [i % 2 === 1 ? { type: 'inlineCode', value: part } : text(part)],
		);
}

/** The deprecation notice and the explanation's summary, each when the entry has one. */
function introBlocks(page: ReferenceTwinPage): BlockContent[] {
	const { explanation, labels } = page;
	const blocks: BlockContent[] = [];
	if (labels.deprecated)
		blocks.push({
			type: 'paragraph',
			children: [{ type: 'strong', children: [text(labels.deprecated)] }],
		});
	if (explanation) blocks.push({ type: 'paragraph', children: withCode(explanation.summary) });
	return blocks;
}

/** Each definition quoted, followed by a link to its source section. */
function definitionBlocks(loaded: LoadedRegistry, entry: RegistryEntry): BlockContent[] {
	return entry.definitions.flatMap((definition): BlockContent[] => [
		{
			type: 'blockquote',
			children: [{ type: 'paragraph', children: [text(definition.quote)] }],
		},
		{
			type: 'paragraph',
			children: [
				text('— '),
				{
					type: 'link',
					url: sectionUrl(loaded, definition),
					children: [text(citationOf(loaded, definition))],
				},
			],
		},
	]);
}

/** The example response of the first definition, under its heading, when there is one. */
function exampleBlocks(page: ReferenceTwinPage): BlockContent[] {
	const first = page.entry.definitions[0];
	if (!first) return [];
	return [
		heading(page.labels.example),
		{ type: 'code', lang: 'http', value: exampleResponse(page.entry.code, first) },
	];
}

/** The explanation's causes and fixes, each list under its heading, when there is one. */
function causesAndFixesBlocks(page: ReferenceTwinPage): BlockContent[] {
	const { explanation, labels } = page;
	if (!explanation) return [];
	return [
		heading(labels.causes),
		list(explanation.causes.map((c) => item(withCode(c)))),
		heading(labels.fixes),
		list(explanation.fixes.map((f) => item(withCode(f)))),
	];
}

/** The related codes and the AADSTS codes, each list under its heading, when it is not empty. */
function relatedBlocks(page: ReferenceTwinPage): BlockContent[] {
	const { entry, labels } = page;
	const blocks: BlockContent[] = [];
	if (entry.related.length > 0)
		blocks.push(
			heading(labels.related),
			list(
				entry.related.map((code) =>
					item([
						{
							type: 'link',
							url: page.relatedUrl(code),
							children: [{ type: 'inlineCode', value: code }],
						},
					]),
				),
			),
		);
	if (page.aadsts.length > 0)
		blocks.push(
			heading(labels.aadsts),
			list(
				page.aadsts.map((a) =>
					item([a.url ? { type: 'link', url: a.url, children: [text(a.code)] } : text(a.code)]),
				),
			),
		);
	return blocks;
}

/** The articles that mention the code under their heading, or a note that there are none. */
function backlinkBlocks(page: ReferenceTwinPage): BlockContent[] {
	return [
		heading(page.labels.backlinks),
		page.backlinks.length > 0
			? list(
					page.backlinks.map((b) =>
						item([{ type: 'link', url: b.url, children: [text(b.title)] }]),
					),
				)
			: { type: 'paragraph', children: [text(page.labels.noBacklinks)] },
	];
}

/**
 * The Markdown twin of one reference entry: the same sections as its page (definitions quoted
 * with their source, the example response, causes and fixes, related codes, articles).
 * @example referenceTwin(registry, page) // '---\ntitle: invalid_grant…'
 */
export function referenceTwin(loaded: LoadedRegistry, page: ReferenceTwinPage): string {
	const children: BlockContent[] = [
		{ type: 'heading', depth: 1, children: [{ type: 'inlineCode', value: page.entry.code }] },
		...introBlocks(page),
		heading(page.labels.definitions),
		...definitionBlocks(loaded, page.entry),
		...exampleBlocks(page),
		...causesAndFixesBlocks(page),
		...relatedBlocks(page),
		...backlinkBlocks(page),
	];
	const tree: Root = { type: 'root', children };
	return `${twinFrontMatter(page.meta)}\n${twinStringifier.stringify(tree)}`;
}
