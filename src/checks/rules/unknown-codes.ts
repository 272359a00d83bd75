import type { Diagnostic } from '../../content/diagnostics.ts';
import { sourceLocale } from '../../i18n/locales.ts';
import { mentionContextOf } from '../../reference/code-context.ts';
import { findMentions, unknownCodeWarning } from '../../reference/mentions.ts';
import type { CheckedProject } from '../project.ts';

/** Error-like codes that are not in the registry (`invalid_grnt`), with the likely intended one. */
export function checkUnknownCodes(project: CheckedProject): Diagnostic[] {
	if (!project.registry) return [];
	const context = mentionContextOf(project.registry, project.articles.filter((a) => a.locale === sourceLocale));
	return project.articles.flatMap((article) =>
		findMentions(article.tree ?? { type: 'root', children: [] }, context).flatMap((m) => (m.kind === 'unknown' ? [unknownCodeWarning(m, article.file)] : [])),
	);
}
