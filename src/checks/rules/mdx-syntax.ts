import type { Diagnostic } from '../../content/diagnostics.ts';
import type { CheckedProject } from '../project.ts';

/** MDX that does not parse, at the line and column where the parser stopped. */
export function checkMdxSyntax(project: CheckedProject): Diagnostic[] {
	return project.articles.flatMap((a) => (a.syntaxError ? [a.syntaxError] : []));
}
