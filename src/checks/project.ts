import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFiles, type ArticleFile } from '../content/article-files.ts';
import { compileArticles, type CompileOptions } from '../content/compile-pool.ts';
import type { CompiledArticle } from '../content/compile-article.ts';
import type { Diagnostic } from '../content/diagnostics.ts';
import { validateFrontMatter } from '../content/front-matter.ts';
import { isLocale, sourceLocale, type Locale } from '../i18n/locales.ts';
import { mentionContextOf } from '../reference/code-context.ts';
import { loadRegistry, loadRegistryIfChanged, type LoadedRegistry } from '../reference/load-registry.ts';
import type { MentionContext } from '../reference/mentions.ts';

/** One article as the project-wide checks see it: its file and what compiling it found. */
export interface CheckedArticle extends ArticleFile, Omit<CompiledArticle, 'file' | 'rendered'> {
	locale?: Locale;
}

/** Everything the checks read, loaded once. */
export interface CheckedProject {
	root: string;
	articles: CheckedArticle[];
	registry?: LoadedRegistry;
	registryDiagnostics: Diagnostic[];
	/** Files below content/articles/ that are not articles (in a subfolder, another extension…). */
	fileProblems: Diagnostic[];
	/** UI strings per file name (`en-us`): the file's text, and its JSON or the parse error. */
	uiStrings: Record<string, UiStringsFile>;
}

/** What the compilation of a project's articles starts from: its files, registry and codes. */
export interface ProjectSources {
	files: ArticleFile[];
	/** Files below content/articles/ that cannot be read as articles, one error each. */
	fileProblems: Diagnostic[];
	registry: ReturnType<typeof loadRegistry>;
	context: MentionContext;
}

/**
 * Reads a project's article files and registry, and the codes articles link: the registry's and
 * the AADSTS codes of the en-us articles (read from their front matter only).
 */
export async function readProjectSources(root: string): Promise<ProjectSources> {
	const { files, problems: fileProblems } = await readArticleFiles(root);
	const registry = loadRegistryIfChanged(root);
	const sources = files.filter((f) => f.folder === sourceLocale).map((f) => ({ slug: f.slug, data: validateFrontMatter(f.file, f.source).data }));
	return { files, fileProblems, registry, context: mentionContextOf(registry.loaded, sources) };
}

/** One UI-strings file as read: its text, and its JSON or why it does not parse. */
export interface UiStringsFile {
	text: string;
	json?: unknown;
	error?: Error;
}

/** The UI strings per locale file below a project root. */
function readUiStrings(root: string): Record<string, UiStringsFile> {
	const uiFolder = join(root, 'src/i18n/ui');
	return Object.fromEntries(
		readdirSync(uiFolder)
			.filter((name) => name.endsWith('.json'))
			.map((name) => {
				const text = readFileSync(join(uiFolder, name), 'utf8');
				try {
					return [name.replace(/\.json$/, ''), { text, json: JSON.parse(text) as unknown }];
				} catch (error) {
					return [name.replace(/\.json$/, ''), { text, error: error as Error }];
				}
			}),
	);
}

/**
 * The project the checks see, from its files and their compilation (in the same order).
 * @example checkedProjectOf(root, sources, await compileArticles(sources.files, { root, context }))
 */
export function checkedProjectOf(root: string, { files, fileProblems, registry }: ProjectSources, compiled: readonly Omit<CompiledArticle, 'file' | 'rendered'>[]): CheckedProject {
	const articles = files.map((file, i): CheckedArticle => {
		const { rendered: _rendered, ...found } = (compiled[i] ?? { diagnostics: [] }) as CompiledArticle;
		return { ...found, ...file, ...(isLocale(file.folder) ? { locale: file.folder } : {}) };
	});
	return { root, articles, ...(registry.loaded ? { registry: registry.loaded } : {}), registryDiagnostics: registry.diagnostics, fileProblems, uiStrings: readUiStrings(root) };
}

/** Reads and compiles (without rendering) every article below a project root, for the checks. */
export async function loadProject(root: string, options: Pick<CompileOptions, 'threads'> = {}): Promise<CheckedProject> {
	const sources = await readProjectSources(root);
	const compiled = await compileArticles(sources.files, { root, context: sources.context, ...options });
	return checkedProjectOf(root, sources, compiled);
}
