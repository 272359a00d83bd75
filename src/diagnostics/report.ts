import { formatDiagnostic, type Diagnostic } from './diagnostics.ts';

/**
 * The report of a check run: one line per problem, grouped by file (a blank line between files),
 * then a count. Under GitHub Actions each problem is also an annotation on its line.
 * @example formatReport(diagnostics, { github: false }).at(-1) // '2 errors, 1 warning in 2 files'
 */
export function formatReport(
	diagnostics: readonly Diagnostic[],
	options: { github: boolean },
): string[] {
	const lines: string[] = [];
	let file = '';
	for (const d of diagnostics) {
		if (d.file !== file && file) lines.push('');
		file = d.file;
		lines.push(formatDiagnostic(d));
	}
	if (options.github) lines.push(...diagnostics.map(annotation));
	const errors = diagnostics.filter((d) => d.severity === 'error').length;
	const warnings = diagnostics.length - errors;
	const files = new Set(diagnostics.map((d) => d.file)).size;
	const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	if (lines.length > 0) lines.push('');
	lines.push(
		diagnostics.length === 0
			? 'No problems found.'
			: `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')}`,
	);
	return lines;
}

/** A GitHub Actions workflow command: `::error file=…,line=…,col=…,title=rule::message`. */
export function annotation(d: Diagnostic): string {
	const escape = (text: string) =>
		text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
	const property = (text: string) => escape(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
	return `::${d.severity === 'error' ? 'error' : 'warning'} file=${property(d.file)},line=${d.line},col=${d.column},title=${property(d.rule)}::${escape(d.message)}`;
}
