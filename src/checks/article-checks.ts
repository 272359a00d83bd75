import { checkMdxSafety } from './rules/mdx-safety.ts';
import { checkUnknownCodes } from './rules/unknown-codes.ts';
import type { ArticleCheck } from './types.ts';

/** The checks that need nothing but the file itself and the registry's codes. */
export const articleChecks: ArticleCheck[] = [checkMdxSafety, checkUnknownCodes];
