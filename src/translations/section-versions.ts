import { createHash } from 'node:crypto';
import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { readBody } from '../content/front-matter.ts';
import { normalizeSourceText } from '../content/source-hash.ts';
import { articleParser } from '../markdown/index.ts';

/** The id of the part of an article before its first heading (with the title and description). */
export const introSection = '_intro';

/** One section of a source article: from a heading to the next heading. */
export interface SourceSection {
	/** The heading's slug (`symptoms`), or `_intro` for the start of the article. */
	id: string;
	/** The heading as text (empty for the intro). */
	title: string;
	/** Offsets of the section in the body (not the file). */
	start: number;
	end: number;
	/** The content hash of the section's text (8 hex digits). */
	hash: string;
}

const normalize = normalizeSourceText;

/**
 * A heading as text, in English: a translated heading's `<Sxs en="…">` sentences give their
 * English, so a translation's sections have the ids of its source's.
 */
function headingText(heading: Heading): string {
	const sxs = heading.children.filter((c) => c.type === 'mdxJsxTextElement' && c.name === 'Sxs');
	if (sxs.length === 0) return toString(heading);
	const english = sxs.map((c) =>
		'attributes' in c
			? c.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'en')?.value
			: undefined,
	);
	return english
		.map((en) => (typeof en === 'string' ? toString(articleParser.parse(en)) : ''))
		.join(' ');
}

const hashOf = (text: string) =>
	createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);

/**
 * Splits an article body into its sections, heading to heading (any depth), using the article
 * parser, so headings inside code blocks or components are read as the site reads them.
 */
export function splitSections(
	body: string,
	head: { title: string; description?: string | undefined },
	tree: Root = articleParser.parse(body),
): SourceSection[] {
	const headings = tree.children.filter((n): n is Heading => n.type === 'heading');
	const slugger = new GithubSlugger();
	const starts = headings.map((h) => ({
		id: slugger.slug(headingText(h)),
		title: headingText(h),
		start: h.position?.start.offset ?? 0,
	}));
	const parts = [{ id: introSection, title: '', start: 0 }, ...starts];
	return parts.map((part, i) => {
		const end = parts[i + 1]?.start ?? body.length;
		const text = normalize(body.slice(part.start, end));
		const hashed =
			part.id === introSection
				? [head.title, head.description ?? '', text].map(normalize).join('\n\n')
				: text;
		return { ...part, end, hash: hashOf(hashed) };
	});
}

/**
 * The version of every section of a source article file: what a translation records in
 * `sourceSections`, section id → hash.
 * @example sectionVersions({ title: 'T' }, '---\ntitle: T\n---\nIntro\n\n## Cause\n\nText\n') // { _intro: '…', cause: '…' }
 */
export function sectionVersions(
	data: { title: string; description?: string | undefined },
	source: string,
): Record<string, string> {
	return Object.fromEntries(splitSections(readBody(source), data).map((s) => [s.id, s.hash]));
}

/** The sections of a source that changed since a translation recorded `recorded` (ids, in article order, then removed ones). */
export function changedSections(
	current: Record<string, string>,
	recorded: Record<string, string>,
): string[] {
	const changed = Object.entries(current)
		.filter(([id, hash]) => recorded[id] !== hash)
		.map(([id]) => id);
	const removed = Object.keys(recorded).filter((id) => !(id in current));
	return [...changed, ...removed];
}
