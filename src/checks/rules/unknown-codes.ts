import type { Diagnostic } from '../../diagnostics/diagnostics.ts';
import { unknownCodeWarning } from '../../reference/mentions.ts';
import type { ArticleUnderCheck } from '../types.ts';

/**
 * Error-like codes that are not in the registry (`invalid_grnt`), with the likely intended one.
 * While the registry has errors of its own, nothing is reported: every code would look unknown.
 */
export function checkUnknownCodes(article: ArticleUnderCheck): Diagnostic[] {
	if (article.context.registryUnavailable) return [];
	return article.mentions.flatMap((m) =>
		m.kind === 'unknown' ? [unknownCodeWarning(m, article.file)] : [],
	);
}
