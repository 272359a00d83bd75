import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { diagnosticsOf } from '../checks/index.ts';
import type { CheckedArticle, CheckedProject, UiStringsFile } from '../checks/types.ts';
import { readArticleFiles, type ArticleFile } from '../content/article-files.ts';
import { validateFrontMatter } from '../content/front-matter.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { isLocale, sourceLocale } from '../i18n/locales.ts';
import { mentionContextOf } from '../reference/code-context.ts';
import { loadRegistry, loadRegistryIfChanged } from '../reference/load-registry.ts';
import type { MentionContext } from '../reference/mentions.ts';
import { loadTerminology } from '../search/terminology-file.ts';
import type { CompiledArticle } from './compile-article.ts';
import { compileArticles, type CompileOptions } from './compile-pool.ts';

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
	const sources = files
		.filter((f) => f.folder === sourceLocale)
		.map((f) => ({ slug: f.slug, data: validateFrontMatter(f.file, f.source).data }));
	return { files, fileProblems, registry, context: mentionContextOf(registry.loaded, sources) };
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
 * The facts the checks read, from a project's files and their compilation (in the same order),
 * and the files the checks read besides articles (UI strings, terminology lists).
 * @example checkedProjectOf(root, sources, await compileArticles(sources.files, { root, context }))
 */
export function checkedProjectOf(
	root: string,
	{ files, fileProblems, registry }: ProjectSources,
	compiled: readonly Omit<CompiledArticle, 'file' | 'rendered'>[],
): CheckedProject {
	const articles = files.map((file, i): CheckedArticle => {
		const { rendered: _rendered, ...found } = (compiled[i] ?? {
			diagnostics: [],
		}) as CompiledArticle;
		return { ...found, ...file, ...(isLocale(file.folder) ? { locale: file.folder } : {}) };
	});
	const readProblems = [
		...fileProblems,
		...registry.diagnostics,
		...loadTerminology(root).diagnostics,
	];
	return {
		articles,
		...(registry.loaded ? { registry: registry.loaded } : {}),
		readProblems,
		uiStrings: readUiStrings(root),
	};
}

/** Reads and compiles (without rendering) every article below a project root, for the checks. */
export async function loadProject(
	root: string,
	options: Pick<CompileOptions, 'workers'> = {},
): Promise<CheckedProject> {
	const sources = await readProjectSources(root);
	const compiled = await compileArticles(sources.files, {
		root,
		context: sources.context,
		...options,
	});
	return checkedProjectOf(root, sources, compiled);
}

/**
 * Runs every check on a project without building it; problems come sorted by file and position.
 * @example (await runChecks(process.cwd())).filter((d) => d.severity === 'error')
 */
export async function runChecks(root: string): Promise<Diagnostic[]> {
	return diagnosticsOf(await loadProject(root));
}
