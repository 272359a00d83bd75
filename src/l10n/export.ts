import { createHash } from 'node:crypto';
import type { ArticleFrontMatter } from '../content/front-matter-schema.ts';
import { hashArticle } from '../content/source-hash.ts';
import { locales, sourceLocale, type Locale } from '../i18n/locales.ts';
import { codeSegments, matchTargetCodes } from './codes.ts';
import { tokensToMarkdown } from './inline-codes.ts';
import { previousUnits, unitMarkdown, type PreviousUnit } from './previous-translation.ts';
import { articleUnits, type ArticleUnit } from './units.ts';
import type { XliffDocument, XliffSegment, XliffUnit } from './xliff-model.ts';
import { articleSourcePath } from '../content/article-files.ts';

/** An article file with its validated front matter. */
export interface ReadArticle {
	text: string;
	data: ArticleFrontMatter;
}

/** What one article's export starts from. */
export interface ExportInput {
	slug: string;
	locale: Locale;
	source: ReadArticle;
	/** The current translation, when there is one. */
	translation?: ReadArticle | undefined;
	/** The hand-off date, `MM/DD/YYYY`. */
	date: string;
	/** The English of each unit in the source version the translation was made from, where known (git history). */
	previousSource?: ReadonlyMap<string, string> | undefined;
}

/**
 * The localization file id of an article: kept from the translation or the source when they
 * have one (`ms.locfileid`), else derived from the slug, so every hand-off of a file agrees.
 * @example locFileId('aadsts50011', {}) // 8 hex digits
 */
function locFileId(slug: string, ...found: (ArticleFrontMatter | undefined)[]): string {
	return (
		found.map((d) => d?.['ms.locfileid']).find(Boolean) ??
		createHash('sha256').update(`${sourceLocale}/${slug}`).digest('hex').slice(0, 8)
	);
}

/** Reuses the translation of a unit, sentence by sentence, where its English is unchanged. */
function segmentsOf(
	unit: ArticleUnit,
	previous: PreviousUnit | undefined,
	sectionUnchanged: boolean,
): { segments: XliffSegment[]; reused: boolean[] } {
	const { segments: sources, codes } = codeSegments(unit.segments);
	const used = new Set<string>();
	const sentences = [...(previous?.sentences ?? [])];
	const whole =
		!previous?.sentences && sectionUnchanged && unit.segments.length === 1
			? previous?.tokens
			: undefined;
	const segments = sources.map((source, i): XliffSegment => {
		const english = tokensToMarkdown(unit.segments[i]!);
		const match = sentences.findIndex((s) => s.en === english);
		const tokens = match === -1 ? whole : sentences.splice(match, 1)[0]!.tokens;
		const target = tokens && matchTargetCodes(tokens, codes, used);
		return { id: `s${i + 1}`, state: target ? 'final' : 'initial', source, target };
	});
	return { segments, reused: segments.map((s) => s.state === 'final') };
}

function exportUnit(
	unit: ArticleUnit,
	previous: PreviousUnit | undefined,
	sectionUnchanged: boolean,
	previousSource: string | undefined,
): XliffUnit {
	const { codes } = codeSegments(unit.segments);
	const { segments, reused } = segmentsOf(unit, previous, sectionUnchanged);
	const before = previous?.sentences
		? previous.sentences.map((s) => s.en).join(' ')
		: previousSource;
	const changed = reused.some((r) => !r) && before !== undefined && before !== unitMarkdown(unit);
	return {
		id: unit.id,
		name: unit.kind,
		notes: changed ? [{ category: 'previousSource', text: before }] : [],
		codes,
		segments,
		gaps: unit.gaps,
	};
}

/**
 * One article as an XLIFF document for one locale: every unit of the English source; units
 * whose English is unchanged since the current translation carry that translation as target,
 * `state="final"`; the others are `initial`, with the previous English as a note where known.
 */
export function exportArticle(input: ExportInput): XliffDocument {
	const { units, sections } = articleUnits(input.source.text, input.source.data);
	const sourceHash = hashArticle(input.source.data, input.source.text);
	const translation = input.translation;
	const previous = translation
		? previousUnits(translation.text, translation.data, units)
		: new Map<string, PreviousUnit>();
	const recorded = translation?.data.sourceSections;
	const fileCurrent = translation?.data.sourceHash === sourceHash;
	const unchanged = (section: string) =>
		fileCurrent ||
		(recorded?.[section] !== undefined &&
			recorded[section] === sections.find((s) => s.id === section)?.hash);
	return {
		srcLang: locales[sourceLocale].lang,
		trgLang: locales[input.locale].lang,
		fileId: input.slug,
		original: articleSourcePath(sourceLocale, input.slug),
		notes: {
			sourceHash,
			'ms.lasthandoff': input.date,
			'ms.locfileid': locFileId(input.slug, translation?.data, input.source.data),
			sourceSections: sections.map((s) => `${s.id}:${s.hash}`).join(' '),
		},
		units: units.map((unit) =>
			exportUnit(
				unit,
				previous.get(unit.id),
				unchanged(unit.section),
				input.previousSource?.get(unit.id),
			),
		),
	};
}
