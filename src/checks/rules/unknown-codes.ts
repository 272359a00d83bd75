import type { Diagnostic } from '../../content/diagnostics.ts';
import { errorCodesOf } from '../../content/article-meta.ts';
import { sourceLocale } from '../../i18n/locales.ts';
import { findMentions, unknownCodeWarning, type MentionContext } from '../../reference/mentions.ts';
import type { CheckedProject } from '../project.ts';

/** The mention context of a project: its registry codes and the AADSTS codes of its en-us articles. */
export function mentionContextOf(project: CheckedProject): MentionContext {
	const articles = new Map<string, string>();
	for (const a of project.articles.filter((x) => x.locale === sourceLocale)) for (const code of errorCodesOf(a.data ?? {}, a.slug)) articles.set(code, a.slug);
	return {
		oauthCodes: new Set(project.registry?.registry.codes.map((c) => c.code) ?? []),
		ignored: new Set(Object.keys(project.registry?.registry.unregistered ?? {})),
		articles,
	};
}

/** Error-like codes that are not in the registry (`invalid_grnt`), with the likely intended one. */
export function checkUnknownCodes(project: CheckedProject): Diagnostic[] {
	if (!project.registry) return [];
	const context = mentionContextOf(project);
	return project.articles.flatMap((article) =>
		findMentions(article.tree ?? { type: 'root', children: [] }, context).flatMap((m) => (m.kind === 'unknown' ? [unknownCodeWarning(m, article.file)] : [])),
	);
}
