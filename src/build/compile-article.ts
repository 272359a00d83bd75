import { join } from 'node:path';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { articleChecks } from '../checks/article-checks.ts';
import type { ArticleFindings } from '../checks/types.ts';
import { factsOf } from '../markdown/article-facts.ts';
import { isLocale, locales } from '../i18n/locales.ts';
import {
	articleParser,
	checkContentHtml,
	contentHtmlMessages,
	type ArticleRenderer,
	type RenderedArticle,
} from '../markdown/index.ts';
import { findMentions, type MentionContext } from '../reference/mentions.ts';
import type { ArticleFile } from '../content/article-files.ts';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostics.ts';
import { lineOfField, matchFence, validateFrontMatter } from '../content/front-matter.ts';
import type { ArticleFrontMatter } from '../content/front-matter-schema.ts';
import { findNestingProblem } from '../content/nesting-limits.ts';
import { hashArticle, hashBody } from '../content/source-hash.ts';
import { vocabularyProblems } from '../content/vocabularies.ts';

/** One article file, compiled: validated, checked on its own, and (when asked) rendered. */
export interface CompiledArticle extends ArticleFindings {
	/** Path relative to the project root. */
	file: string;
	/**
	 * The article's HTML and headings, when rendering was asked for and the file is sound; with
	 * `keepParsedTree`, also the MDX tree as parsed (rendering changes the tree it is given).
	 */
	rendered?: RenderedArticle & { parsedTree?: Root };
}

/** What compiling needs besides the file: where the project is, and the codes it knows. */
export interface CompileSettings {
	root: string;
	context: MentionContext;
	/** Return the MDX tree as parsed with a rendered article (for its Markdown twin). */
	keepParsedTree?: boolean;
}

/** Blanks the front matter but keeps its lines, so positions in the tree are file positions. */
export function bodyWithFileLines(source: string): string {
	const text = source.replace(/^\uFEFF/, '');
	const match = matchFence(text);
	return match ? match[0].replace(/[^\n]/g, '') + text.slice(match[0].length) : text;
}

/** Parses an article's MDX; a syntax error becomes a diagnostic at its line and column. */
export function parseArticle(
	file: string,
	source: string,
): { tree?: Root; syntaxError?: Diagnostic } {
	const body = bodyWithFileLines(source);
	const tooDeep = findNestingProblem(body);
	if (tooDeep) return { syntaxError: { file, ...tooDeep, severity: 'error', rule: 'mdx-syntax' } };
	try {
		return { tree: articleParser.parse(body) };
	} catch (error) {
		const { place, reason = String(error) } = error as {
			place?: { line?: number; column?: number; start?: { line: number; column: number } };
			reason?: string;
		};
		// Errors at the end of the file carry their position only in the text: "(7:1-7:20)".
		const quoted = /\((\d+):(\d+)-\d+:\d+\)$/.exec(reason);
		const start =
			place?.start ??
			place ??
			(quoted ? { line: Number(quoted[1]), column: Number(quoted[2]) } : undefined);
		const message = `MDX does not parse: ${reason.replace(/ \(\d+:\d+-\d+:\d+\)$/, '')}`;
		return {
			syntaxError: {
				file,
				line: start?.line ?? 1,
				column: start?.column ?? 1,
				severity: 'error',
				message,
				rule: 'mdx-syntax',
			},
		};
	}
}

/** The front matter problems of one file: `ms.contentlocale` against its folder, values against the vocabularies. */
function frontMatterOf(article: ArticleFile): {
	data?: ArticleFrontMatter;
	diagnostics: Diagnostic[];
} {
	const { data, diagnostics } = validateFrontMatter(article.file, article.source);
	const contentLocale = data?.['ms.contentlocale'];
	if (
		contentLocale !== undefined &&
		isLocale(article.folder) &&
		contentLocale.toLowerCase() !== article.folder
	) {
		const line = lineOfField(article.source, 'ms.contentlocale');
		const message = `field "ms.contentlocale": expected ${locales[article.folder].lang} for a file in content/articles/${article.folder}/; got "${contentLocale}"`;
		diagnostics.push({
			file: article.file,
			line,
			column: 1,
			severity: 'error',
			message,
			rule: 'content-locale',
		});
	}
	if (data) diagnostics.push(...vocabularyProblems(article.file, article.source, data));
	return { ...(data ? { data } : {}), diagnostics };
}

/**
 * Compiles one article: validates its front matter, parses its MDX once, runs the per-file checks
 * on the tree and reads its facts from it, then, given a renderer and a file without errors of
 * its own, renders it to HTML. A render failure becomes a diagnostic at its line.
 * @example (await compileArticle(file, settings)).diagnostics // [] for a sound file
 */
export async function compileArticle(
	article: ArticleFile,
	settings: CompileSettings,
	renderer?: ArticleRenderer,
): Promise<CompiledArticle> {
	const { data, diagnostics } = frontMatterOf(article);
	const compiled: CompiledArticle = { file: article.file, ...(data ? { data } : {}), diagnostics };
	if (data) compiled.versionHash = hashArticle(data, article.source);
	compiled.bodyHash = hashBody(article.source);
	const { tree, syntaxError } = parseArticle(article.file, article.source);
	if (!tree) {
		if (syntaxError) diagnostics.push(syntaxError);
		return compiled;
	}
	const mentions = findMentions(tree, settings.context);
	for (const check of articleChecks)
		diagnostics.push(...check({ file: article.file, tree, mentions, context: settings.context }));
	compiled.facts = factsOf(tree, mentions, data?.oauthCodes ?? [], settings.context.oauthCodes);
	const file = new VFile({ path: join(settings.root, article.file), value: article.source });
	if (!renderer || hasErrors(diagnostics)) {
		diagnostics.push(
			...(await checkContentHtml(tree, file, settings.context)).map((m) =>
				messageDiagnostic(article.file, m),
			),
		);
		return compiled;
	}
	try {
		const parsedTree = settings.keepParsedTree ? structuredClone(tree) : undefined;
		const rendered = await renderer.render(tree, file);
		const removed = contentHtmlMessages(file).map((m) => messageDiagnostic(article.file, m));
		diagnostics.push(...removed);
		// A page the sanitizer had to change is not what its writer wrote: it is not published.
		if (removed.length === 0)
			compiled.rendered = parsedTree ? { ...rendered, parsedTree } : rendered;
	} catch (error) {
		diagnostics.push(renderProblem(article.file, error));
	}
	return compiled;
}

/** A message of the content schema as an error at its place. */
function messageDiagnostic(file: string, message: VFile['messages'][number]): Diagnostic {
	return {
		file,
		line: message.line ?? 1,
		column: message.column ?? 1,
		severity: 'error',
		message: message.reason,
		rule: message.ruleId ?? 'content-html',
	};
}

/** A render failure as an error at its line. */
function renderProblem(file: string, error: unknown): Diagnostic {
	const { line, column, reason, message } = error as {
		line?: number;
		column?: number;
		reason?: string;
		message?: string;
	};
	const why = reason ?? message ?? String(error);
	return {
		file,
		line: line ?? 1,
		column: column ?? 1,
		severity: 'error',
		message: `could not render: ${why}`,
		rule: 'render',
	};
}
