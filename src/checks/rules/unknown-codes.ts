import type { Diagnostic } from '../../content/diagnostics.ts';
import { unknownCodeWarning } from '../../reference/mentions.ts';
import type { ArticleUnderCheck } from '../article-checks.ts';

/** Error-like codes that are not in the registry (`invalid_grnt`), with the likely intended one. */
export function checkUnknownCodes(article: ArticleUnderCheck): Diagnostic[] {
	return article.mentions.flatMap((m) => (m.kind === 'unknown' ? [unknownCodeWarning(m, article.file)] : []));
}
