import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { checkContentFiles } from './rules/content-files.ts';
import { checkLinks } from './rules/links.ts';
import { checkPlaceholderText } from './rules/placeholder-text.ts';
import { checkTranslationStatus } from './rules/translation-status.ts';
import { checkUiStrings } from './rules/ui-strings.ts';
import type { CheckedProject } from './types.ts';

/**
 * The checks across files, in the order a writer would fix things. The checks of one file
 * (front matter, MDX syntax and safety, unknown codes: `article-checks.ts`) run where each file
 * is compiled, and their findings come with the project's articles.
 */
const projectChecks: ((project: CheckedProject) => Diagnostic[])[] = [
	checkContentFiles,
	checkLinks,
	checkPlaceholderText,
	checkUiStrings,
	checkTranslationStatus,
];

/**
 * Every problem of a compiled project, per-file and project-wide, without repeats, sorted by
 * file and position.
 */
export function diagnosticsOf(project: CheckedProject): Diagnostic[] {
	const found = [
		...project.articles.flatMap((a) => a.diagnostics),
		...projectChecks.flatMap((check) => check(project)),
	];
	const unique = [
		...new Map(
			found.map((d) => [`${d.file}:${d.line}:${d.column}:${d.rule}:${d.message}`, d]),
		).values(),
	];
	return unique.sort(
		(a, b) =>
			a.file.localeCompare(b.file) ||
			a.line - b.line ||
			a.column - b.column ||
			a.rule.localeCompare(b.rule),
	);
}
