/** One problem found in a writer's file, anchored to a position in it. */
export interface Diagnostic {
	/** Path relative to the project root, with `/` separators. */
	file: string;
	/** 1-based line and column. */
	line: number;
	column: number;
	severity: 'error' | 'warning';
	message: string;
	/** The rule that found it, such as `front-matter`. */
	rule: string;
}

/**
 * Formats a diagnostic the way editors and terminals link it.
 * @example formatDiagnostic(d) // 'content/articles/zh-cn/a.mdx:5:10  error  field "ms.date": … (front-matter)'
 */
export function formatDiagnostic(d: Diagnostic): string {
	return `${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.message}  (${d.rule})`;
}

/** Tells whether any diagnostic is an error (warnings alone do not fail a build). */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
	return diagnostics.some((d) => d.severity === 'error');
}
