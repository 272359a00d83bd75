import type { Root } from 'mdast';
import type { Diagnostic } from '../content/diagnostics.ts';
import type { Mention, MentionContext } from '../reference/mentions.ts';
import { checkMdxSafety } from './rules/mdx-safety.ts';
import { checkUnknownCodes } from './rules/unknown-codes.ts';

/** One article as a per-file check sees it: its MDX tree (file positions) and the codes in it. */
export interface ArticleUnderCheck {
	/** Path relative to the project root. */
	file: string;
	tree: Root;
	/** Every code mention in the tree (found once, shared by the checks and the facts). */
	mentions: readonly Mention[];
	context: MentionContext;
}

/** A check of one file, run where the file is compiled (so an unchanged file is not checked again). */
export type ArticleCheck = (article: ArticleUnderCheck) => Diagnostic[];

/** The checks that need nothing but the file itself and the registry's codes. */
export const articleChecks: ArticleCheck[] = [checkMdxSafety, checkUnknownCodes];
