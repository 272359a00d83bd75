import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLocale, localeIds, sourceLocale, type Locale } from '../i18n/locales.ts';
import { formatDiagnostic, type Diagnostic } from '../diagnostics/diagnostics.ts';
import { articleSourcePath } from './article-files.ts';

/**
 * The dev server's last check results. The articles loader runs in the server's own process and
 * the pages in Vite's module runner of that same process, with modules of their own: the only
 * thing they share is the global object, so the results live there under a registered symbol.
 */
const key = Symbol.for('troubleshoot-docs.dev-problems');

interface DevProblems {
	root: string;
	errors: Diagnostic[];
}

type WithProblems = typeof globalThis & { [key]?: DevProblems };

/** Records what the last load of the dev server found (only its errors are kept). */
export function publishDevProblems(root: string, diagnostics: readonly Diagnostic[]): void {
	(globalThis as WithProblems)[key] = { root, errors: diagnostics.filter((d) => d.severity === 'error') };
}

/** The errors the dev server's last load found in the given files (project-relative paths). */
function devErrorsIn(files: readonly string[]): Diagnostic[] {
	const wanted = new Set(files);
	return ((globalThis as WithProblems)[key]?.errors ?? []).filter((d) => wanted.has(d.file));
}

/** The files a page at `/<locale>/troubleshoot/<slug>/` is made of: its source and translation. */
function filesOfArticlePage(locale: Locale, slug: string): string[] {
	const source = articleSourcePath(sourceLocale, slug);
	return locale === sourceLocale ? [source] : [source, articleSourcePath(locale, slug)];
}

/**
 * The article pages that errors make disappear from the dev server's collection (a file with
 * errors of its own is left out until fixed): a broken source takes every locale's page with it,
 * a broken translation its own. The dev server keeps these pages so they can show the errors.
 */
export function brokenArticlePages(): { locale: Locale; slug: string }[] {
	const pages = new Map<string, { locale: Locale; slug: string }>();
	for (const { file } of (globalThis as WithProblems)[key]?.errors ?? []) {
		const match = /^content\/articles\/([^/]+)\/([^/]+)\.mdx$/.exec(file);
		if (!match?.[1] || !match[2] || !isLocale(match[1])) continue;
		const slug = match[2];
		for (const locale of match[1] === sourceLocale ? localeIds : [match[1]]) pages.set(`${locale}/${slug}`, { locale, slug });
	}
	return [...pages.values()];
}

/** An error as Astro's dev overlay shows it: where it is, and the file it is in. */
export interface OverlayError extends Error {
	title: string;
	hint: string;
	loc: { file: string; line: number; column: number };
	frame?: string;
	fullCode?: string;
}

/**
 * The error a page throws in the dev server when its sources have errors: every problem as
 * `file:line:col  message  (rule)`, the first one located so that the overlay shows the
 * writer's source around it.
 */
export function contentOverlayError(root: string, errors: readonly Diagnostic[]): OverlayError {
	const [first] = errors;
	if (!first) throw new Error('contentOverlayError needs at least one diagnostic');
	const count = errors.length === 1 ? '1 error' : `${errors.length} errors`;
	const error = new Error(`${count} in this page's content:\n\n${errors.map(formatDiagnostic).join('\n')}`) as OverlayError;
	error.name = 'ContentError';
	error.title = `${first.rule}: ${first.file}:${first.line}:${first.column}`;
	error.hint = 'Fix the file and save it: this page comes back on its own, without restarting the dev server. `npm run check` lists every problem of the site.';
	error.loc = { file: join(root, first.file), line: first.line, column: first.column };
	try {
		error.fullCode = readFileSync(error.loc.file, 'utf8');
	} catch {
		// A file that was deleted meanwhile: the message still names it.
	}
	// The stack would point at this module, not at the writer's file.
	error.stack = `${error.name}: ${error.message}`;
	return error;
}

/** Throws the overlay error when the dev server found errors in an article page's files. */
export function throwOnArticleErrors(locale: Locale, slug: string): void {
	const problems = (globalThis as WithProblems)[key];
	const errors = devErrorsIn(filesOfArticlePage(locale, slug));
	if (problems && errors.length > 0) throw contentOverlayError(problems.root, errors);
}
