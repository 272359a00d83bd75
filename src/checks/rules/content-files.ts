import type { Diagnostic } from '../../content/diagnostics.ts';
import { validateArticles } from '../../content/validate-articles.ts';
import type { CheckedProject } from '../project.ts';

/**
 * Locale folders, slugs and orphan translations (front matter is checked with each file), and
 * the files below content/articles/ that are not articles.
 */
export function checkContentFiles(project: CheckedProject): Diagnostic[] {
	return [...project.fileProblems, ...validateArticles(project.articles)];
}
