import { readBody, validateFrontMatter } from '../content/front-matter.ts';
import { locales, type Locale } from '../i18n/locales.ts';
import { sectionVersions } from '../translations/section-versions.ts';
import { setFrontMatterField } from '../translations/source-version.ts';
import type { ReadArticle } from './export.ts';
import type { ImportProblem } from './import-checks.ts';
import { blockSkeleton } from './mdx-check.ts';
import { articleUnits, type ArticleUnit } from './units.ts';
import type { XliffDocument } from './xliff-model.ts';

/** What the translation's file is made from. */
export interface AssembleInput {
	doc: XliffDocument;
	source: ReadArticle;
	existing?: ReadArticle | undefined;
	type?: 'HT' | 'MT' | undefined;
	locale: Locale;
	units: readonly ArticleUnit[];
	/** The MDX of each imported unit, by unit id. */
	translated: ReadonlyMap<string, string>;
}

/** Writes one front matter field on one line (dropping a folded value's continuation lines). */
function setField(text: string, field: string, value: string): string {
	const lines = text.split('\n');
	const at = lines.findIndex((l) => l.startsWith(`${field}:`));
	if (at !== -1) while (/^[ \t]+\S/.test(lines[at + 1] ?? '')) lines.splice(at + 1, 1);
	return setFrontMatterField(lines.join('\n'), field, value);
}

/** The text of each unit of the existing translation (by the English unit's id), when it has the English article's blocks. */
function existingSlices(
	existing: ReadArticle | undefined,
	units: readonly ArticleUnit[],
): Map<string, string> {
	if (!existing) return new Map();
	const text = existing.text.replace(/^\uFEFF/, '');
	const found = articleUnits(text, existing.data).units;
	if (found.map((u) => u.kind).join() !== units.map((u) => u.kind).join()) return new Map();
	return new Map(
		found.flatMap((u, i) =>
			u.range ? [[units[i]!.id, text.slice(u.range.start, u.range.end)]] : [],
		),
	);
}

/** The sections the translation records: the exported versions (current ones, unless units were skipped). */
function recordedSections(doc: XliffDocument): string {
	const pairs = (doc.notes.sourceSections ?? '')
		.split(/\s+/)
		.filter(Boolean)
		.map((p) => p.split(':'));
	return `{ ${pairs.map(([id, hash]) => `${JSON.stringify(id)}: "${hash}"`).join(', ')} }`;
}

function frontMatter(input: AssembleInput, text: string): string {
	const { doc, source, existing, translated } = input;
	const title = translated.get('title') ?? existing?.data.title ?? source.data.title;
	const description =
		translated.get('description') ?? existing?.data.description ?? source.data.description;
	const fields: [string, string | undefined][] = [
		['title', JSON.stringify(title)],
		['description', description === undefined ? undefined : JSON.stringify(description)],
		['ms.contentlocale', locales[input.locale].lang],
		[
			'ms.translationtype',
			input.type ??
				(doc.notes['ms.translationtype'] as 'HT' | 'MT' | undefined) ??
				existing?.data['ms.translationtype'] ??
				'HT',
		],
		['ms.lasthandoff', doc.notes['ms.lasthandoff']],
		['ms.locfileid', doc.notes['ms.locfileid'] && `"${doc.notes['ms.locfileid']}"`],
		// Quoted: a hash such as 9373048239e53598 would otherwise be read by YAML as a number.
		['sourceHash', doc.notes.sourceHash && `"${doc.notes.sourceHash}"`],
		[
			'sourceSections',
			doc.notes.sourceSections
				? recordedSections(doc)
				: JSON.stringify(sectionVersions(source.data, source.text)),
		],
	];
	return fields.reduce(
		(out, [field, value]) => (value === undefined ? out : setField(out, field, value)),
		text,
	);
}

/** Where each unit's text went in the translation, to name the unit of an MDX problem. */
type Placed = { id: string; start: number; end: number };

function problemAt(
	offset: number,
	placed: readonly Placed[],
	doc: XliffDocument,
	message: string,
): ImportProblem {
	const unit = placed.findLast((p) => p.start <= offset) ?? placed[0];
	const line = doc.units.find((u) => u.id === unit?.id)?.line ?? doc.line ?? 1;
	return { line, unit: unit?.id, message };
}

/** The English article with each unit's text replaced, and where each unit's text went. */
function replaceUnits(input: AssembleInput, text: string): { out: string; placed: Placed[] } {
	const kept = existingSlices(input.existing, input.units);
	const placed: Placed[] = [];
	let out = '';
	let at = 0;
	for (const unit of input.units) {
		if (!unit.range) continue;
		out += text.slice(at, unit.range.start);
		const replacement =
			input.translated.get(unit.id) ??
			kept.get(unit.id) ??
			text.slice(unit.range.start, unit.range.end);
		placed.push({ id: unit.id, start: out.length, end: out.length + replacement.length });
		out += replacement;
		at = unit.range.end;
	}
	return { out: out + text.slice(at), placed };
}

/** The problem with the translation's body, if it is not MDX or its blocks differ from the English's. */
function bodyProblem(
	out: string,
	english: string,
	placed: readonly Placed[],
	doc: XliffDocument,
): ImportProblem | undefined {
	const bodyStart = out.length - readBody(out).length;
	let skeleton: { type: string; offset: number }[];
	try {
		skeleton = blockSkeleton(readBody(out));
	} catch (error) {
		const place = (error as { place?: { offset?: number } }).place;
		return problemAt(
			(place?.offset ?? 0) + bodyStart,
			placed,
			doc,
			`the translation is not valid MDX: ${(error as { reason?: string }).reason ?? (error as Error).message}`,
		);
	}
	const blocks = blockSkeleton(readBody(english));
	const differs = skeleton.findIndex((b, i) => b.type !== blocks[i]?.type);
	if (differs === -1 && skeleton.length === blocks.length) return undefined;
	const block = skeleton[differs === -1 ? blocks.length : differs];
	return problemAt(
		(block?.offset ?? 0) + bodyStart,
		placed,
		doc,
		`the translation changes the article's structure: ${block?.type ?? 'a block'} where the English has ${blocks[differs]?.type ?? 'nothing'}`,
	);
}

/**
 * The translation's MDX: the English article with each unit's text replaced (by its imported
 * translation, else the existing translation's, else left in English), then checked: it must
 * parse, have the English article's block structure, and valid front matter.
 */
export function assembleTranslation(
	input: AssembleInput,
): { ok: true; mdx: string } | { ok: false; problems: ImportProblem[] } {
	const text = input.source.text.replace(/^\uFEFF/, '');
	const replaced = replaceUnits(input, text);
	const out = frontMatter(input, replaced.out);
	const problem = bodyProblem(out, text, replaced.placed, input.doc);
	if (problem) return { ok: false, problems: [problem] };
	const { diagnostics } = validateFrontMatter('translation', out);
	if (diagnostics.length > 0)
		return {
			ok: false,
			problems: diagnostics.map((d) => ({
				line: input.doc.line ?? 1,
				message: `front matter: ${d.message}`,
			})),
		};
	return { ok: true, mdx: out };
}
