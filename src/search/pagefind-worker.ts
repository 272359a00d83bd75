// A search indexer thread (see pagefind-index.ts): indexes its share of the locales with a
// Pagefind process of its own and answers with the page counts, or the error.
import { parentPort, workerData } from 'node:worker_threads';
import type { Locale } from '../i18n/locales.ts';
import { indexLocales } from './pagefind-locales.ts';

const { dist, locales } = workerData as { dist: string; locales: Locale[] };
try {
	parentPort?.postMessage({ ok: true, pages: await indexLocales(dist, locales) });
} catch (error) {
	parentPort?.postMessage({
		ok: false,
		error: error instanceof Error ? error.message : String(error),
	});
}
