import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import {
	createArticleRenderer,
	type ArticleRenderer,
	type ArticleRendererOptions,
} from '../markdown/index.ts';
import { join } from 'node:path';
import { VFile } from 'vfile';
import type { ArticleFile } from '../content/article-files.ts';
import type { Locale } from '../i18n/locales.ts';
import type { AlertTitles } from '../markdown/content-components.ts';
import { portableTwinBody } from '../markdown/markdown-twin.ts';
import { PackWriter, type PackedArticle } from './article-html.ts';
import { compileArticle, type CompiledArticle, type CompileSettings } from './compile-article.ts';

/** A compiled article as the pool returns it: its HTML is in a pack in the build cache, not in memory. */
export interface PooledArticle extends Omit<CompiledArticle, 'rendered'> {
	rendered?: { packed: PackedArticle; headings: MarkdownHeading[] };
}

/** How to render articles: the renderer's settings, and where this load's packs go. */
interface RenderOptions extends Omit<ArticleRendererOptions, 'context'> {
	/** Each process appends what it renders to the pack `<packs>-<process id>.pack` (article-html.ts). */
	packs: string;
}

/** How to compile a set of articles: the settings, and whether to render them to HTML. */
export interface CompileOptions extends CompileSettings {
	/** Renders each sound article with these settings; without them articles are only checked. */
	render?: RenderOptions | undefined;
	/** Worker processes to use (0: compile in this thread); by default one per core, none for a few files. */
	workers?: number | undefined;
}

/** Files handed to a worker at a time: few enough that no worker idles while another finishes. */
const batchSize = 24;
/**
 * Below this many files per worker, starting workers costs more than it saves: a worker spends
 * about 0.8 s loading the compiler before its first file, and a file takes about 6 ms (measured
 * on the benchmark corpus: 120 files built 0.5 s faster and 130 MiB smaller in this thread).
 */
const filesPerWorker = 160;

/**
 * The worker processes to compile `files` articles with on `cores` cores: one per core, each
 * with at least `filesPerWorker` files, or none (this thread) when there are not that many for two.
 * @example defaultWorkers(120, 2) // 0
 */
export function defaultWorkers(files: number, cores: number): number {
	return files >= 2 * filesPerWorker ? Math.min(cores, Math.floor(files / filesPerWorker)) : 0;
}

/**
 * Compiles articles, in worker processes when there are many (parsing and rendering are CPU-bound
 * and each file is independent), and returns the results in the order of the files.
 * @example const compiled = await compileArticles(files, { root, context, render: { alertTitles, markdown } });
 */
export async function compileArticles(
	files: readonly ArticleFile[],
	options: CompileOptions,
): Promise<PooledArticle[]> {
	const workers = options.workers ?? defaultWorkers(files.length, availableParallelism());
	return workers === 0 ? compileHere(files, options) : compileInWorkers(files, options, workers);
}

/**
 * What rendering needs in a process: the HTML renderer, the alert titles for the Markdown body,
 * and the process's pack.
 */
export interface ThreadRenderer {
	html: ArticleRenderer;
	alertTitles: AlertTitles;
	pack: PackWriter;
}

/** The renderer of a process, made from the pool's options (none when articles are only checked). */
export function threadRenderer(options: CompileOptions): ThreadRenderer | undefined {
	if (!options.render) return undefined;
	const { packs, ...render } = options.render;
	return {
		html: createArticleRenderer({ ...render, context: options.context }),
		alertTitles: render.alertTitles,
		pack: new PackWriter(`${packs}-${process.pid}.pack`),
	};
}

/**
 * Compiles one file and appends its HTML and Markdown body to the process's pack (in whichever
 * process runs it): every page that shows the article reads them instead of parsing the file again.
 */
export async function compileJob(
	file: ArticleFile,
	settings: CompileSettings,
	renderer: ThreadRenderer | undefined,
): Promise<PooledArticle> {
	const keep = { ...settings, keepParsedTree: true };
	const { rendered, ...compiled } = await compileArticle(file, keep, renderer?.html);
	if (!rendered?.parsedTree || !renderer || !compiled.data) return compiled;
	const vfile = new VFile({ path: join(settings.root, file.file), value: file.source });
	const body = await portableTwinBody(rendered.parsedTree, vfile, {
		context: settings.context,
		alertTitles: renderer.alertTitles,
		textLocale: file.folder as Locale,
		title: compiled.data.title,
		slug: file.slug,
	});
	const packed = renderer.pack.append(rendered.html, body);
	return { ...compiled, rendered: { packed, headings: rendered.headings } };
}

/** Compiles in this thread, one renderer for all files. */
async function compileHere(
	files: readonly ArticleFile[],
	options: CompileOptions,
): Promise<PooledArticle[]> {
	const settings = { root: options.root, context: options.context };
	const renderer = threadRenderer(options);
	const compiled: PooledArticle[] = [];
	for (const file of files) compiled.push(await compileJob(file, settings, renderer));
	return compiled;
}

/** What a worker is sent: the pool's options first, then batches of files. */
export type WorkerMessage = { options: CompileOptions } | { files: ArticleFile[] };
/** The message a worker answers a batch with. */
export type WorkerReply = { ok: true; results: PooledArticle[] } | { ok: false; error: string };

/**
 * Compiles files in `workers` processes, each taking the next batch when it is done, results in
 * the order of the files. Any failure stops every worker. Processes, not worker threads: Node
 * keeps what a finished worker thread used as part of the build's memory to the end (two
 * threads compiling 6,000 articles left 0.8 GiB), while a process gives it back as it exits.
 */
function compileInWorkers(
	files: readonly ArticleFile[],
	options: CompileOptions,
	workers: number,
): Promise<PooledArticle[]> {
	const results: PooledArticle[] = new Array(files.length);
	const { workers: _workers, ...shared } = options;
	const queue = { next: 0, running: workers };
	return new Promise((resolve, reject) => {
		const started: ChildProcess[] = [];
		const fail = (error: Error) => {
			for (const worker of started) worker.kill();
			reject(error);
		};
		const done = () => {
			if (--queue.running === 0) resolve(results);
		};
		for (let i = 0; i < workers; i++) {
			const worker = fork(fileURLToPath(new URL('./compile-worker.ts', import.meta.url)), [], {
				serialization: 'advanced',
			});
			started.push(worker);
			worker.send({ options: shared } satisfies WorkerMessage);
			runWorker(worker, files, queue, results, { fail, done });
		}
	});
}

/** Feeds one worker batches from the shared queue until none is left. */
function runWorker(
	worker: ChildProcess,
	files: readonly ArticleFile[],
	queue: { next: number },
	results: PooledArticle[],
	on: { fail: (error: Error) => void; done: () => void },
): void {
	let batchStart = 0;
	let finished = false;
	const send = () => {
		if (queue.next >= files.length) {
			finished = true;
			worker.disconnect();
			on.done();
			return;
		}
		batchStart = queue.next;
		queue.next = Math.min(files.length, queue.next + batchSize);
		worker.send({ files: files.slice(batchStart, queue.next) } satisfies WorkerMessage);
	};
	worker.on('message', (reply: WorkerReply) => {
		if (!reply.ok) return on.fail(new Error(`compiling articles failed: ${reply.error}`));
		reply.results.forEach((result, offset) => (results[batchStart + offset] = result));
		send();
	});
	worker.on('error', on.fail);
	worker.on('exit', (code, signal) => {
		if (finished) return;
		const file = files[batchStart]?.file ?? 'articles';
		on.fail(
			new Error(
				`a compile worker stopped (${signal ? `signal ${signal}` : `exit code ${code}`}) while compiling ${file} and the files after it`,
			),
		);
	});
	send();
}
