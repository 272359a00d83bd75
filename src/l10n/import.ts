import { hashArticle } from '../content/source-hash.ts';
import { localeIds, locales, sourceLocale, type Locale } from '../i18n/locales.ts';
import { inlineToMarkdown } from './codes.ts';
import type { ReadArticle } from './export.ts';
import { assembleTranslation } from './import-assemble.ts';
import { tokensToMarkdown } from './inline-codes.ts';
import {
	checkTargets,
	compareUnits,
	unitMismatchProblems,
	type ImportProblem,
	type UnitComparison,
} from './import-checks.ts';
import { targetMarkupProblem } from './mdx-check.ts';
import { articleUnits, type ArticleUnit } from './units.ts';
import type { Inline, UnitCode, XliffDocument, XliffUnit } from './xliff-model.ts';

/** What one hand-back starts from. */
export interface ImportInput {
	doc: XliffDocument;
	/** The article's current English. */
	source: ReadArticle;
	/** The current translation, whose text is kept for units not imported (with `partial`). */
	existing?: ReadArticle | undefined;
	/** Import the units whose English is still current, when others changed. */
	partial?: boolean | undefined;
	/** `HT` or `MT`; else the file's `ms.translationtype` note, else the existing translation's, else `HT`. */
	type?: 'HT' | 'MT' | undefined;
}

/** The outcome: the translation's MDX, or the problems that refuse it. */
export type ImportResult =
	| { ok: true; locale: Locale; mdx: string; imported: number; skipped: string[] }
	| { ok: false; problems: ImportProblem[] };

/**
 * The locale a file is for, from its `trgLang` (`de-DE` → `de-de`).
 * @example localeOfLang('zh-CN') // 'zh-cn'
 */
export function localeOfLang(lang: string): Locale | undefined {
	return localeIds.find(
		(id) => id !== sourceLocale && locales[id].lang.toLowerCase() === lang.toLowerCase(),
	);
}

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** A unit's target as MDX: each sentence as `<Sxs en="English">translation</Sxs>`, so the side-by-side view has the English. */
function unitMdx(unit: XliffUnit, english: ArticleUnit): string {
	const codes = new Map<string, UnitCode>(unit.codes.map((c) => [c.id, c]));
	const tidy = (content: Inline[]): Inline[] =>
		content.map((p) =>
			p.t === 'text'
				? {
						t: 'text',
						text: p.text
							.replace(/\s*\n\s*/g, ' ')
							.replace(english.kind === 'tableCell' ? /(?<!\\)\|/g : /$^/, '\\|'),
					}
				: p.t === 'pc'
					? { ...p, children: tidy(p.children) }
					: p,
		);
	const sentences = unit.segments.map((s, i) => {
		const target = inlineToMarkdown(tidy(s.target ?? []), codes);
		if (english.kind === 'title' || english.kind === 'description') return target;
		return `<Sxs en="${attribute(tokensToMarkdown(english.segments[i]!))}">${target}</Sxs>`;
	});
	return sentences
		.map((s, i) => s + (i < sentences.length - 1 ? (english.gaps[i] ?? ' ') : ''))
		.join('');
}

function targetProblems(unit: XliffUnit, english: ArticleUnit): ImportProblem[] {
	const problems = checkTargets(unit);
	if (problems.length > 0) return problems;
	const codes = new Map(unit.codes.map((c) => [c.id, c]));
	return unit.segments.flatMap((s) => {
		const problem = targetMarkupProblem(
			inlineToMarkdown(s.source, codes),
			inlineToMarkdown(s.target ?? [], codes),
		);
		return problem
			? [
					{
						line: s.line ?? unit.line ?? 1,
						unit: english.id,
						message: `segment ${s.id}: ${problem}`,
					},
				]
			: [];
	});
}

/** The problem with a file's languages: a `trgLang` not of this site, or a `srcLang` not the source's. */
function languageProblem(doc: XliffDocument, top: number): ImportProblem | undefined {
	if (!localeOfLang(doc.trgLang))
		return {
			line: top,
			message: `trgLang="${doc.trgLang}" is not a language of this site (${localeIds
				.filter((id) => id !== sourceLocale)
				.map((id) => locales[id].lang)
				.join(', ')})`,
		};
	if (doc.srcLang.toLowerCase() !== locales[sourceLocale].lang.toLowerCase())
		return {
			line: top,
			message: `srcLang="${doc.srcLang}": the site's source language is ${locales[sourceLocale].lang}`,
		};
	return undefined;
}

/** The problems that refuse a file whose units differ from the English's (none when `partial` may skip them). */
function mismatchProblems(
	input: ImportInput,
	comparison: UnitComparison,
	top: number,
): ImportProblem[] | undefined {
	const { doc, source } = input;
	const sourceCurrent = doc.notes.sourceHash === hashArticle(source.data, source.text);
	const mismatched =
		comparison.changed.length + comparison.missing.length + comparison.extra.length > 0;
	if (!mismatched || (!sourceCurrent && input.partial)) return undefined;
	const changed = [
		...comparison.changed.map((u) => u.id),
		...comparison.missing.map((u) => u.id),
		...comparison.extra.map((u) => u.id),
	];
	if (sourceCurrent) return unitMismatchProblems(comparison, top);
	return [
		{
			line: top,
			message: `the English article changed since this file was exported (source ${doc.notes.sourceHash ?? 'unknown'}, now ${hashArticle(source.data, source.text)}); changed units: ${changed.join(', ')}; export again, or import the other units with --partial`,
		},
	];
}

/**
 * Checks a handed-back XLIFF file against the article's current English and writes the
 * translation's MDX: the English article with every unit's text replaced by its translation,
 * codes restored byte for byte, and the front matter of a translation.
 */
export function importXliff(input: ImportInput): ImportResult {
	const { doc, source } = input;
	const top = doc.line ?? 2;
	const languages = languageProblem(doc, top);
	if (languages) return { ok: false, problems: [languages] };
	// languageProblem has checked that trgLang is the language of a locale.
	const locale = localeOfLang(doc.trgLang)!;
	const { units } = articleUnits(source.text, source.data);
	const comparison = compareUnits(doc, units);
	const mismatches = mismatchProblems(input, comparison, top);
	if (mismatches) return { ok: false, problems: mismatches };
	const byId = new Map(units.map((u) => [u.id, u]));
	const problems = comparison.same.flatMap((u) => targetProblems(u, byId.get(u.id)!));
	if (problems.length > 0) return { ok: false, problems };
	const translated = new Map(comparison.same.map((u) => [u.id, unitMdx(u, byId.get(u.id)!)]));
	const assembled = assembleTranslation({ ...input, locale, units, translated });
	if (!assembled.ok) return assembled;
	const skipped = [...comparison.changed, ...comparison.missing, ...comparison.extra].map(
		(u) => u.id,
	);
	return { ok: true, locale, mdx: assembled.mdx, imported: translated.size, skipped };
}
