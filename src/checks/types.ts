import type { Root } from 'mdast';
import type { ArticleFile } from '../content/article-files.ts';
import type { ArticleFrontMatter } from '../content/front-matter-schema.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import type { Locale } from '../i18n/locales.ts';
import type { ArticleFacts } from '../markdown/article-facts.ts';
import type { LoadedRegistry } from '../reference/load-registry.ts';
import type { Mention, MentionContext } from '../reference/mentions.ts';

/**
 * The facts the checks read. Checks are pure functions over these: the build reads the files and
 * compiles the articles (src/build/project.ts), and hands the checks what it found.
 */

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

/** What compiling one article found (everything but its HTML). */
export interface ArticleFindings {
	/** Front matter after validation, when it is valid. */
	data?: ArticleFrontMatter;
	/** The problems found in this file alone (the project-wide checks add theirs later). */
	diagnostics: Diagnostic[];
	/** What the project-wide checks and the pages need; absent when the MDX does not parse. */
	facts?: ArticleFacts;
	/** The content hash of what a translator translates (title, description, body). */
	versionHash?: string;
	/** The content hash of the body alone: a draft translation's is its source's (drafts.ts). */
	bodyHash?: string;
}

/** One article as the project-wide checks see it: its file and what compiling it found. */
export interface CheckedArticle extends ArticleFile, ArticleFindings {
	locale?: Locale;
}

/** One UI-strings file as read: its text, and its JSON or why it does not parse. */
export interface UiStringsFile {
	text: string;
	json?: unknown;
	error?: Error;
}

/** Everything the project-wide checks read, loaded once. */
export interface CheckedProject {
	articles: CheckedArticle[];
	registry?: LoadedRegistry;
	/**
	 * What reading the project's files found: files below content/articles/ that are not
	 * articles, and the problems of the registry, its explanations and the terminology lists.
	 */
	readProblems: Diagnostic[];
	/** UI strings per file name (`en-us`): the file's text, and its JSON or the parse error. */
	uiStrings: Record<string, UiStringsFile>;
}
