import type { Diagnostic } from '../content/diagnostics.ts';
import { loadProject, type CheckedProject } from './project.ts';
import { checkContentFiles } from './rules/content-files.ts';
import { checkLinks } from './rules/links.ts';
import { checkMdxSafety } from './rules/mdx-safety.ts';
import { checkMdxSyntax } from './rules/mdx-syntax.ts';
import { checkRegistry } from './rules/registry.ts';
import { checkTranslationStatus } from './rules/translation-status.ts';
import { checkUiStrings } from './rules/ui-strings.ts';
import { checkUnknownCodes } from './rules/unknown-codes.ts';

/** Every check, in the order a writer would fix things. */
export const checks: ((project: CheckedProject) => Diagnostic[])[] = [
	checkContentFiles,
	checkMdxSyntax,
	checkMdxSafety,
	checkLinks,
	checkUnknownCodes,
	checkRegistry,
	checkUiStrings,
	checkTranslationStatus,
];

/**
 * Runs every check on a project without building it; problems come sorted by file and position.
 * @example (await runChecks(process.cwd())).filter((d) => d.severity === 'error')
 */
export async function runChecks(root: string): Promise<Diagnostic[]> {
	const project = await loadProject(root);
	const found = checks.flatMap((check) => check(project));
	const unique = [...new Map(found.map((d) => [`${d.file}:${d.line}:${d.column}:${d.rule}:${d.message}`, d])).values()];
	return unique.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}
