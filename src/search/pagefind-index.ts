import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { localeIds, locales, type Locale } from '../i18n/locales.ts';
import { localeIndexes, type IndexedPage } from './pagefind-locales.ts';
import type { IndexerMessage, IndexerReply } from './pagefind-worker.ts';

/**
 * What indexing a language costs against a language written with spaces: Pagefind segments
 * Japanese and Chinese words with dictionaries (measured on the benchmark corpus: 6.1 s for
 * Japanese, 2.2 s for Chinese, 1.2 s for each of the others, per 1,000 pages).
 */
const indexingCost: Record<string, number> = { ja: 5, zh: 2 };

/** What indexing a locale costs against a language written with spaces (`indexingCost`). */
export function localeIndexingCost(locale: Locale): number {
	return indexingCost[locales[locale].lang.split('-')[0] ?? ''] ?? 1;
}

/**
 * Splits the locales between `count` indexers so that each gets about the same work.
 * @example shareLocales(['en-us', 'ja-jp', 'de-de'], 2) // [['ja-jp'], ['en-us', 'de-de']]
 */
export function shareLocales(ids: readonly Locale[], count: number): Locale[][] {
	const weight = localeIndexingCost;
	const shares = Array.from({ length: Math.max(1, Math.min(count, ids.length)) }, () => ({
		load: 0,
		ids: [] as Locale[],
	}));
	for (const id of [...ids].sort((a, b) => weight(b) - weight(a))) {
		const lightest = shares.reduce((a, b) => (b.load < a.load ? b : a));
		lightest.ids.push(id);
		lightest.load += weight(id);
	}
	return shares.map((s) => s.ids).filter((ids) => ids.length > 0);
}

/** The search indexes of some locales being fed: pages in, bundles out (`startSearchIndexes`). */
export interface SearchIndexer {
	/** Adds a page to its locale's index; a locale's pages are indexed in the order added. */
	add(page: IndexedPage): void;
	/** Writes a locale's bundle once its pages are indexed; returns how many pages it indexed. */
	write(locale: Locale): Promise<number>;
	/** Ends the indexer once every bundle is written; also stops it after a failed build. */
	close(): Promise<void>;
}

/**
 * Below this many pages, one Pagefind process indexes them in time, and a second, in a thread of
 * its own, costs more memory than it saves time (the N=20 bench corpus, 423 pages, 3 builds
 * each: 661–679 MiB against 709–733 MiB, time within noise).
 */
const pagesPerProcess = 1000;

/**
 * Starts one Pagefind index per locale of `ids`, written to `dist/pagefind/<locale>/`. A Pagefind
 * process indexes on one core, so the locales are shared between one process per core, each in
 * a worker thread with its own Pagefind; a site of fewer than `pagesPerProcess` pages (`pages`,
 * when known) has one Pagefind, in this thread, as has a machine of one core. Pages can be
 * added, and locales written, while the site is still being rendered: indexing then runs beside
 * it. Until a bundle is being written, the threads do not keep the process alive.
 */
export async function startSearchIndexes(
	dist: string,
	ids: readonly Locale[] = localeIds,
	pages = Infinity,
): Promise<SearchIndexer> {
	const processes = pages < pagesPerProcess ? 1 : availableParallelism();
	const shares = shareLocales(ids, processes);
	if (shares.length <= 1) return localeIndexes(dist, shares[0] ?? []);
	const threads = shares.map((share) => indexerThread(dist, share));
	const threadOf = new Map(
		shares.flatMap((share, i) => share.map((locale) => [locale, threads[i]] as const)),
	);
	const find = (locale: Locale) => {
		const thread = threadOf.get(locale);
		if (!thread) throw new Error(`no search index is being built for ${locale}`);
		return thread;
	};
	return {
		add: (page) => find(page.locale).post({ type: 'add', page }),
		write: (locale) => find(locale).write(locale),
		async close() {
			await Promise.all(threads.map((thread) => thread.close()));
		},
	};
}

/** Settles the write a thread's reply answers. */
function answer(
	waiting: Map<Locale, { resolve: (pages: number) => void; reject: (e: Error) => void }>,
	reply: IndexerReply,
): void {
	const pending = waiting.get(reply.locale);
	waiting.delete(reply.locale);
	if (reply.ok) pending?.resolve(reply.pages);
	else pending?.reject(new Error(reply.error));
}

/** An indexer thread for a share of the locales. */
function indexerThread(dist: string, share: Locale[]) {
	const worker = new Worker(new URL('./pagefind-worker.ts', import.meta.url), {
		workerData: { dist, locales: share },
	});
	const waiting = new Map<
		Locale,
		{ resolve: (pages: number) => void; reject: (e: Error) => void }
	>();
	const state: { dead?: Error; closing: boolean } = { closing: false };
	const settle = (error: Error) => {
		state.dead ??= error;
		for (const { reject } of waiting.values()) reject(error);
		waiting.clear();
	};
	worker.on('message', (reply: IndexerReply) => {
		answer(waiting, reply);
		if (waiting.size === 0 && !state.closing) worker.unref();
	});
	const exited = new Promise<void>((resolve) =>
		worker.once('exit', (code) => {
			settle(
				new Error(`the search indexer for ${share.join(', ')} stopped with exit code ${code}`),
			);
			resolve();
		}),
	);
	worker.on('error', (e) => settle(new Error(`the search indexer for ${share}: ${e.message}`)));
	// Unreferenced once its listeners are on (adding one references the thread again).
	worker.unref();
	const post = (message: IndexerMessage) => worker.postMessage(message);
	return {
		post,
		write(locale: Locale): Promise<number> {
			if (state.dead) return Promise.reject(state.dead);
			// While a bundle is being written, the thread keeps the process alive.
			worker.ref();
			const written = new Promise<number>((resolve, reject) =>
				waiting.set(locale, { resolve, reject }),
			);
			post({ type: 'write', locale });
			return written;
		},
		async close(): Promise<void> {
			if (state.dead) return;
			state.closing = true;
			worker.ref();
			post({ type: 'close' });
			await exited;
		},
	};
}
