import { formatDiagnostic, type Diagnostic } from './diagnostics.ts';

/** More warnings of one rule than this are summarized in one line. */
const repeatLimit = 3;

/**
 * The lines to print for a set of problems: every error, and every warning of a rule with few of
 * them; the warnings of a rule that repeats more than `repeatLimit` times become one line with
 * their count, the first of them, and the command that lists them all.
 * @example quietLines(fiftyOutdated) // ['warning  50× translation-outdated (first: content/…:22:1): npm run check -- --rule translation-outdated lists them']
 */
export function quietLines(diagnostics: readonly Diagnostic[]): string[] {
	const warningsOf = Map.groupBy(
		diagnostics.filter((d) => d.severity === 'warning'),
		(d) => d.rule,
	);
	const summarized = new Set(
		[...warningsOf].filter(([, list]) => list.length > repeatLimit).map(([rule]) => rule),
	);
	const lines = diagnostics
		.filter((d) => d.severity === 'error' || !summarized.has(d.rule))
		.map(formatDiagnostic);
	for (const rule of summarized) {
		const list = warningsOf.get(rule) ?? [];
		const first = list[0];
		const files = new Set(list.map((d) => d.file)).size;
		lines.push(
			`warning  ${list.length}× ${rule} in ${files} file${files === 1 ? '' : 's'} (first: ${first?.file}:${first?.line}:${first?.column}): npm run check -- --rule ${rule} lists them`,
		);
	}
	return lines;
}

/**
 * The problems of this load that the previous one did not report (the dev server prints only
 * what changed, not every warning again on each save).
 */
export function newSince(
	previous: ReadonlySet<string>,
	diagnostics: readonly Diagnostic[],
): Diagnostic[] {
	return diagnostics.filter((d) => !previous.has(formatDiagnostic(d)));
}
