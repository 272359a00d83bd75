import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { readArticleFiles, type ArticleFile } from '../content/article-files.ts';
import type { Diagnostic } from '../content/diagnostics.ts';
import { matchFence, validateFrontMatter } from '../content/front-matter.ts';
import type { ArticleFrontMatter } from '../content/front-matter-schema.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';
import { loadRegistry, type LoadedRegistry } from '../reference/load-registry.ts';

/** One article as the checks see it: its file, front matter, and Markdown tree (if it parses). */
export interface CheckedArticle extends ArticleFile {
	locale?: Locale;
	data?: ArticleFrontMatter;
	/** The MDX tree, with positions that are the file's own lines. */
	tree?: Root;
	/** Why the MDX did not parse, at its position. */
	syntaxError?: Diagnostic;
}

/** Everything the checks read, loaded once. */
export interface CheckedProject {
	root: string;
	articles: CheckedArticle[];
	registry?: LoadedRegistry;
	registryDiagnostics: Diagnostic[];
	/** UI strings per file name (`en-us`), as parsed JSON, or the parse error. */
	uiStrings: Record<string, unknown>;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Blanks the front matter but keeps its lines, so positions in the tree are file positions. */
function bodyWithFileLines(source: string): string {
	const text = source.replace(/^\uFEFF/, '');
	const match = matchFence(text);
	return match ? match[0].replace(/[^\n]/g, '') + text.slice(match[0].length) : text;
}

/** Parses an article's MDX; a syntax error becomes a diagnostic at its line and column. */
export function parseArticle(file: string, source: string): { tree?: Root; syntaxError?: Diagnostic } {
	try {
		return { tree: parser.runSync(parser.parse(bodyWithFileLines(source))) as Root };
	} catch (error) {
		const { place, reason = String(error) } = error as { place?: { line?: number; column?: number; start?: { line: number; column: number } }; reason?: string };
		// Errors at the end of the file carry their position only in the text: "(7:1-7:20)".
		const quoted = /\((\d+):(\d+)-\d+:\d+\)$/.exec(reason);
		const start = place?.start ?? place ?? (quoted ? { line: Number(quoted[1]), column: Number(quoted[2]) } : undefined);
		const message = `MDX does not parse: ${reason.replace(/ \(\d+:\d+-\d+:\d+\)$/, '')}`;
		return { syntaxError: { file, line: start?.line ?? 1, column: start?.column ?? 1, severity: 'error', message, rule: 'mdx-syntax' } };
	}
}

/** Reads the articles, the registry and the UI strings below a project root. */
export async function loadProject(root: string): Promise<CheckedProject> {
	const files = await readArticleFiles(root);
	const articles = files.map((file): CheckedArticle => {
		const { data } = validateFrontMatter(file.file, file.source);
		return { ...file, ...(isLocale(file.folder) ? { locale: file.folder } : {}), ...(data ? { data } : {}), ...parseArticle(file.file, file.source) };
	});
	const { loaded, diagnostics } = loadRegistry(root);
	const uiFolder = join(root, 'src/i18n/ui');
	const uiStrings = Object.fromEntries(
		readdirSync(uiFolder)
			.filter((name) => name.endsWith('.json'))
			.map((name) => {
				const text = readFileSync(join(uiFolder, name), 'utf8');
				try {
					return [name.replace(/\.json$/, ''), JSON.parse(text) as unknown];
				} catch (error) {
					return [name.replace(/\.json$/, ''), error as Error];
				}
			}),
	);
	return { root, articles, ...(loaded ? { registry: loaded } : {}), registryDiagnostics: diagnostics, uiStrings };
}
