import { createHash, randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroMarkdownOptions, MarkdownHeading } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { diagnosticsOf } from '../checks/index.ts';
import { checkedProjectOf, readProjectSources } from './project.ts';
import { localeIds } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import type { AlertTitles } from '../markdown/content-components.ts';
import { alertTypes } from '../markdown/remark-alerts.ts';
import type { MentionContext } from '../reference/mentions.ts';
import type { ArticleFile } from '../content/article-files.ts';
import {
	articleHtmlDir,
	packsOnDisk,
	PackWriter,
	pruneArticleHtml,
	readPacked,
	sparsePacks,
	type PackedArticle,
} from './article-html.ts';
import type { CompiledArticle } from './compile-article.ts';
import { compileArticles, type PooledArticle } from './compile-pool.ts';
import { articleLoaderName } from './article-inputs.ts';
import { compilerVersion } from './compiler-version.ts';
import { publishDevProblems } from '../content/dev-problems.ts';
import { newSince, quietLines } from '../diagnostics/quiet.ts';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostics.ts';

/** What the data store keeps of a compiled article besides its HTML, to skip it next time. */
export type StoredCompilation = Omit<PooledArticle, 'file' | 'data' | 'rendered'>;

/** An article entry's `rendered.metadata`: its headings, where its HTML is, its compilation. */
export interface ArticleMetadata {
	headings: MarkdownHeading[];
	/** Where the article's HTML and Markdown body are in the build cache. */
	packed: PackedArticle;
	compilation: StoredCompilation;
}

/**
 * What each load of a dev server leaves to the next (see Generations), per cache folder. Module
 * state, not the loader's: Astro makes a new loader when the content config changes, and what
 * was already printed is not printed again then either.
 */
const generationsOf = new Map<string, Generations>();

/**
 * The articles collection's loader: reads `content/articles/<locale>/<slug>.mdx`, compiles each
 * file (front matter, MDX parsed once, per-file checks, HTML) in worker processes, runs the checks
 * across files, and stores every article (its HTML in the build cache, see article-html.ts). A
 * file whose text, codes and compiler are unchanged since the last build is taken from the data
 * store as it is. In a build, any error stops it here, before a page is written; the dev server
 * reports errors and goes on (an article with errors of its own is left out until fixed).
 * The dev server loads again when an input changes, through Astro's content refresh
 * (dev-reload.ts), which writes the data store at once rather than after its debounce.
 */
export function articleLoader(): Loader {
	return {
		name: articleLoaderName,
		load: async (context) => {
			const key = context.config.cacheDir.href;
			const generations = generationsOf.get(key) ?? { previous: new Set(), reported: new Set() };
			if (context.watcher) generationsOf.set(key, generations);
			await loadArticles(context, generations);
		},
	};
}

/** One load: read every file, compile what changed, check the project, store the articles. */
async function loadArticles(context: LoaderContext, generations: Generations): Promise<void> {
	const root = fileURLToPath(context.config.root);
	const sources = await readProjectSources(root);
	const alertTitles = alertTitlesOf();
	const cache = cacheOf(context, root, sources, alertTitles);
	const stale = sources.files.filter((file) => !cache.isCurrent(file));
	// This load's packs: each thread that compiles appends to one of its own (article-html.ts).
	const packs = join(cache.htmlDir, randomUUID());
	const render = { alertTitles, markdown: markdownSettingsOf(context), packs };
	const fresh = new Map(
		(await compileArticles(stale, { root, context: sources.context, render })).map((c) => [
			c.file,
			c,
		]),
	);
	const compiled = sources.files.map(
		(file) => fresh.get(file.file) ?? storedCompilation(context, file),
	);
	const diagnostics = diagnosticsOf(checkedProjectOf(root, sources, compiled));
	logDiagnostics(context, generations.reported, diagnostics);
	generations.reported = new Set(diagnostics.map(formatDiagnostic));
	if (!context.watcher && hasErrors(diagnostics)) throw contentError(diagnostics);
	if (context.watcher) publishDevProblems(root, diagnostics);
	for (const file of sources.files) {
		const article = fresh.get(file.file);
		if (article) await storeArticle(context, file, article, cache.digestOf(file));
	}
	removeDeleted(context, sources.files);
	movePacked(context, `${packs}-moved.pack`);
	prunePacks(context, cache.htmlDir, generations);
}

/** Where a load keeps each file's HTML, and whether the data store's copy of a file is current. */
function cacheOf(
	context: LoaderContext,
	root: string,
	sources: Awaited<ReturnType<typeof readProjectSources>>,
	alertTitles: AlertTitles,
) {
	const key = compilationKey(root, sources.context, alertTitles, context.config.markdown);
	// The dev server and builds keep separate data stores (.astro/ and the cache dir), so separate HTML.
	const htmlDir = articleHtmlDir(context.config.cacheDir, context.watcher ? 'dev' : 'build');
	// The path counts as well as the text: a copied file renders in its own locale.
	const digests = new Map(
		sources.files.map((file) => [
			file.file,
			context.generateDigest(`${key}\n${file.file}\n${file.source}`),
		]),
	);
	const digestOf = (file: ArticleFile) => digests.get(file.file) ?? '';
	const whole = packsOnDisk();
	const isCurrent = (file: ArticleFile) => {
		const entry = context.store.get(idOf(file));
		const packed = packedOf(entry);
		return (
			entry?.digest === digestOf(file) && dirname(packed?.pack ?? '') === htmlDir && whole(packed)
		);
	};
	return { htmlDir, digestOf, isCurrent };
}

/** Stores a freshly compiled article, or removes its entry when it could not be rendered. */
async function storeArticle(
	context: LoaderContext,
	file: ArticleFile,
	article: PooledArticle,
	digest: string,
): Promise<void> {
	if (!article.rendered || !article.data) {
		context.store.delete(idOf(file));
		return;
	}
	const { file: filePath, data, rendered, ...kept } = article;
	const metadata: ArticleMetadata = {
		headings: rendered.headings,
		packed: rendered.packed,
		compilation: kept,
	};
	const parsed = await context.parseData({ id: idOf(file), data, filePath });
	// The store keeps an entry of an unchanged digest as it is: one compiled again because its
	// pack was gone is replaced, or it would keep pointing there.
	if (context.store.get(idOf(file))?.digest === digest) context.store.delete(idOf(file));
	// The HTML itself is in the build cache (article-html.ts): `render()` is not for these entries.
	context.store.set({
		id: idOf(file),
		data: parsed,
		filePath,
		digest,
		rendered: { html: '', metadata: { ...metadata } },
	});
}

/** Where an entry's HTML is, if the loader stored it. */
const packedOf = (entry: ReturnType<LoaderContext['store']['get']>) =>
	(entry?.rendered?.metadata as ArticleMetadata | undefined)?.packed;

/** Removes the entries of deleted files. */
function removeDeleted(context: LoaderContext, files: readonly ArticleFile[]): void {
	const ids = new Set(files.map(idOf));
	for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
}

/**
 * Moves the HTML of entries whose packs are mostly taken by articles no entry has any more (each
 * changed article leaves its old HTML behind) to `moved`, a pack of this load, so that the old
 * packs can go.
 */
function movePacked(context: LoaderContext, moved: string): void {
	const sparse = sparsePacks(
		context.store
			.values()
			.map(packedOf)
			.filter((p) => p !== undefined),
	);
	if (sparse.size === 0) return;
	const pack = new PackWriter(moved);
	for (const entry of context.store.values()) {
		const metadata = entry.rendered?.metadata as ArticleMetadata | undefined;
		if (!metadata?.packed || !sparse.has(metadata.packed.pack)) continue;
		const { packed: old } = metadata;
		const packed = pack.append(
			readPacked(old, 'html', entry.id),
			readPacked(old, 'twin', entry.id),
		);
		// The store keeps an entry of an unchanged digest as it is: it is replaced.
		context.store.delete(entry.id);
		context.store.set({ ...entry, rendered: { html: '', metadata: { ...metadata, packed } } });
	}
}

/**
 * Removes the packs no entry needs any more. Pages still being served read the previous load's
 * HTML until the store reaches them, so the dev server removes a pack one load after nothing
 * needs it (a build has no such readers).
 */
function prunePacks(context: LoaderContext, htmlDir: string, generations: Generations): void {
	const current = new Set(context.store.values().map((entry) => packedOf(entry)?.pack ?? ''));
	pruneArticleHtml(htmlDir, context.watcher ? current.union(generations.previous) : current);
	generations.previous = current;
}

/** What one load of the dev server leaves to the next: the packs kept, the problems reported. */
interface Generations {
	previous: Set<string>;
	reported: Set<string>;
}

/**
 * Prints a load's problems: errors in full, a warning that repeats summarized in one line
 * (quiet.ts); in the dev server, only what the previous load did not already report.
 */
function logDiagnostics(
	context: LoaderContext,
	reported: ReadonlySet<string>,
	diagnostics: readonly Diagnostic[],
): void {
	const fresh = context.watcher ? newSince(reported, diagnostics) : diagnostics;
	for (const line of quietLines(fresh))
		context.logger[/^\S+:\d+:\d+ {2}error {2}/.test(line) ? 'error' : 'warn'](line);
}

/** The id of an article entry: `<locale>/<slug>`. */
const idOf = (file: ArticleFile) => `${file.folder}/${file.slug}`;

/** An unchanged article as the data store kept it. */
function storedCompilation(
	context: LoaderContext,
	file: ArticleFile,
): Omit<CompiledArticle, 'file'> {
	const entry = context.store.get(idOf(file));
	const kept = (entry?.rendered?.metadata as ArticleMetadata | undefined)
		?.compilation as StoredCompilation;
	return entry?.data ? { ...kept, data: entry.data as NonNullable<CompiledArticle['data']> } : kept;
}

/** Astro's Markdown settings that rendering honours (plain data, so workers receive them). */
function markdownSettingsOf(context: LoaderContext): AstroMarkdownOptions {
	const { shikiConfig, syntaxHighlight } = context.config.markdown;
	if ((shikiConfig.transformers?.length ?? 0) > 0)
		throw new Error(
			'astro.config.mjs: markdown.shikiConfig.transformers are functions, which the worker processes that compile articles cannot receive; highlight with themes and languages only',
		);
	// The resolved config's types allow `undefined` where the renderer's options omit the key.
	return { shikiConfig, syntaxHighlight } as AstroMarkdownOptions;
}

/** The title of each alert type in each locale, from the UI strings. */
export function alertTitlesOf(): AlertTitles {
	return Object.fromEntries(
		localeIds.map((locale) => [
			locale,
			Object.fromEntries(
				alertTypes.map((type) => [type, useTranslations(locale)(`alert.${type}`)]),
			),
		]),
	) as AlertTitles;
}

/**
 * What every compiled article depends on besides its own text: the codes it may link, the alert
 * titles, Astro's Markdown settings and the compiler itself (compiler-version.ts).
 */
function compilationKey(
	root: string,
	mentionContext: MentionContext,
	alertTitles: AlertTitles,
	markdown: unknown,
): string {
	const settings = {
		codes: [...mentionContext.oauthCodes],
		ignored: [...(mentionContext.ignored ?? [])],
		articles: [...mentionContext.articles],
		alertTitles,
		markdown,
	};
	return createHash('sha256')
		.update(JSON.stringify(settings))
		.update(compilerVersion(root))
		.digest('hex');
}

/** The error that stops a build on content errors (each one was logged with its file and line). */
function contentError(diagnostics: readonly Diagnostic[]): Error {
	const count = diagnostics.filter((d) => d.severity === 'error').length;
	const error = new Error(
		`Content has ${count} error${count === 1 ? '' : 's'} (listed above); fix them and build again. Nothing was written.`,
	);
	// The messages above already point at the files: a stack trace would only hide them.
	error.stack = error.message;
	return error;
}
