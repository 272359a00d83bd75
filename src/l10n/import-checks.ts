import { codesIn, inlineToMarkdown } from './codes.ts';
import { tokensToMarkdown } from './inline-codes.ts';
import type { ArticleUnit } from './units.ts';
import type { XliffDocument, XliffUnit } from './xliff-model.ts';

/** A reason to refuse (part of) a hand-back, at a line of the XLIFF file. */
export interface ImportProblem {
	line: number;
	unit?: string | undefined;
	message: string;
}

/** How the units of a file stand against the article's current units. */
export interface UnitComparison {
	/** Units present in both whose English is the article's current English. */
	same: XliffUnit[];
	/** Units whose English changed since the export. */
	changed: XliffUnit[];
	/** Units of the article the file does not have. */
	missing: ArticleUnit[];
	/** Units of the file the article does not have. */
	extra: XliffUnit[];
}

/** The English Markdown of each segment of a unit in the file. */
const sourcesOf = (unit: XliffUnit) => {
	const codes = new Map(unit.codes.map((c) => [c.id, c]));
	return unit.segments.map((s) => inlineToMarkdown(s.source, codes));
};

/** Compares a file's units with the article's, by unit id and by the English of every segment. */
export function compareUnits(doc: XliffDocument, current: readonly ArticleUnit[]): UnitComparison {
	const byId = new Map(current.map((u) => [u.id, u]));
	const inFile = new Set(doc.units.map((u) => u.id));
	const comparison: UnitComparison = {
		same: [],
		changed: [],
		missing: current.filter((u) => !inFile.has(u.id)),
		extra: [],
	};
	for (const unit of doc.units) {
		const article = byId.get(unit.id);
		if (!article) comparison.extra.push(unit);
		else if (
			sourcesOf(unit).join('\u0000') === article.segments.map(tokensToMarkdown).join('\u0000')
		)
			comparison.same.push(unit);
		else comparison.changed.push(unit);
	}
	return comparison;
}

/**
 * The problems of one unit's targets: a segment without a target, a code the source does not
 * have, a protected code deleted or duplicated, a code moved into or out of a paired code
 * (where order matters: a link's or an emphasis's content).
 */
export function checkTargets(unit: XliffUnit): ImportProblem[] {
	const problems: ImportProblem[] = [];
	const at = (line: number | undefined, message: string) =>
		problems.push({ line: line ?? unit.line ?? 1, unit: unit.id, message });
	const source = new Map(unit.segments.flatMap((s) => codesIn(s.source)).map((c) => [c.id, c]));
	const data = new Map(unit.codes.map((c) => [c.id, c.data]));
	const seen = new Map<string, number>();
	for (const segment of unit.segments) {
		if (!segment.target || segment.target.every((p) => p.t === 'text' && !p.text.trim())) {
			at(segment.line, `segment ${segment.id} has no translation (an empty or missing <target>)`);
			continue;
		}
		for (const code of codesIn(segment.target)) {
			const original = source.get(code.id);
			seen.set(code.id, (seen.get(code.id) ?? 0) + 1);
			if (!original)
				at(
					code.line ?? segment.line,
					`segment ${segment.id}: <${code.kind} id="${code.id}"> is not a code of this unit's source`,
				);
			else if (original.kind !== code.kind)
				at(
					code.line ?? segment.line,
					`segment ${segment.id}: code ${code.id} (${data.get(code.id)}) is a <${original.kind}> in the source, not a <${code.kind}>`,
				);
			else if (original.parent !== code.parent)
				at(
					code.line ?? segment.line,
					`segment ${segment.id}: code ${code.id} (${data.get(code.id)}) was moved ${code.parent ? 'into' : 'out of'} paired code ${code.parent ?? original.parent}; keep it where the source has it`,
				);
		}
	}
	if (problems.some((p) => p.message.includes('no translation'))) return problems;
	for (const [id, code] of source) {
		const count = seen.get(id) ?? 0;
		const line = unit.segments.find((s) => codesIn(s.source).some((c) => c.id === id))?.line;
		if (count === 0)
			at(
				line,
				`protected code ${id} (${data.get(id)}) was deleted from the target; put <${code.kind} id="${id}"${code.kind === 'ph' ? '/>' : '>…</pc>'} back`,
			);
		if (count > 1)
			at(
				line,
				`protected code ${id} (${data.get(id)}) appears ${count} times in the target; keep it once`,
			);
	}
	return problems;
}

/** The refusals of a file whose units do not match the article (with the source unchanged). */
export function unitMismatchProblems(
	comparison: UnitComparison,
	fileLine: number,
): ImportProblem[] {
	return [
		...comparison.missing.map((u) => ({
			line: fileLine,
			unit: u.id,
			message: `unit ${u.id} (${u.kind}) is missing from the file`,
		})),
		...comparison.extra.map((u) => ({
			line: u.line ?? fileLine,
			unit: u.id,
			message: `unit ${u.id} is not in the article (extra unit)`,
		})),
		...comparison.changed.map((u) => ({
			line: u.line ?? fileLine,
			unit: u.id,
			message: `unit ${u.id}: its <source> is not the article's English; export again`,
		})),
	].sort((a, b) => a.line - b.line);
}
