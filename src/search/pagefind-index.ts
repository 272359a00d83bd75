import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { localeIds, locales, type Locale } from '../i18n/locales.ts';
import { indexLocales } from './pagefind-locales.ts';

/**
 * What indexing a language costs against a language written with spaces: Pagefind segments
 * Japanese and Chinese words with dictionaries (measured on the benchmark corpus: 6.1 s for
 * Japanese, 2.2 s for Chinese, 1.2 s for each of the others, per 1,000 pages).
 */
const indexingCost: Record<string, number> = { ja: 5, zh: 2 };

/**
 * Splits the locales between `count` indexers so that each gets about the same work.
 * @example shareLocales(['en-us', 'ja-jp', 'de-de'], 2) // [['ja-jp'], ['en-us', 'de-de']]
 */
export function shareLocales(ids: readonly Locale[], count: number): Locale[][] {
	const weight = (id: Locale) => indexingCost[locales[id].lang.split('-')[0] ?? ''] ?? 1;
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

/**
 * Builds one Pagefind index per locale (of `ids`, every locale by default) from the built site:
 * `dist/pagefind/<locale>/`. Each Pagefind process indexes one language at a time, so the
 * locales are shared between one process per core (each in a worker thread with its own
 * Pagefind). Returns the number of pages per locale.
 */
export async function buildSearchIndexes(
	dist: string,
	ids: readonly Locale[] = localeIds,
): Promise<Record<string, number>> {
	await Promise.all(
		ids.map((id) => rm(join(dist, 'pagefind', id), { recursive: true, force: true })),
	);
	const shares = shareLocales(ids, availableParallelism());
	if (shares.length === 1) return indexLocales(dist, shares[0] ?? []);
	const counts = await Promise.all(shares.map((share) => indexInWorker(dist, share)));
	return Object.fromEntries(ids.map((id) => [id, counts.find((c) => id in c)?.[id] ?? 0]));
}

function indexInWorker(dist: string, share: Locale[]): Promise<Record<string, number>> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./pagefind-worker.ts', import.meta.url), {
			workerData: { dist, locales: share },
		});
		worker.once(
			'message',
			(reply: { ok: true; pages: Record<string, number> } | { ok: false; error: string }) =>
				reply.ok ? resolve(reply.pages) : reject(new Error(reply.error)),
		);
		worker.once('error', reject);
		worker.once(
			'exit',
			(code) =>
				code !== 0 &&
				reject(
					new Error(`the search indexer for ${share.join(', ')} stopped with exit code ${code}`),
				),
		);
	});
}
