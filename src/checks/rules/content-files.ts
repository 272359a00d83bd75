import type { Diagnostic } from '../../content/diagnostics.ts';
import { validateArticles } from '../../content/validate-articles.ts';
import type { CheckedProject } from '../project.ts';

/** Front matter, locale folders, slugs, orphan translations, `ms.contentlocale`. */
export function checkContentFiles(project: CheckedProject): Diagnostic[] {
	return validateArticles(project.articles);
}
