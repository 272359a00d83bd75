// A search indexer thread (see pagefind-index.ts): indexes its share of the locales with a
// Pagefind process of its own, page by page as they are sent; writes a locale's bundle when
// asked and answers with its page count, or the error.
import { parentPort, workerData } from 'node:worker_threads';
import type { Locale } from '../i18n/locales.ts';
import { localeIndexes, type IndexedPage } from './pagefind-locales.ts';

export type IndexerMessage =
	{ type: 'add'; page: IndexedPage } | { type: 'write'; locale: Locale } | { type: 'close' };
export type IndexerReply =
	{ locale: Locale; ok: true; pages: number } | { locale: Locale; ok: false; error: string };

const { dist, locales } = workerData as { dist: string; locales: Locale[] };
const indexes = localeIndexes(dist, locales);
// Handlers wait for the indexes in the order the messages came, so pages keep their order.
indexes.catch(() => undefined);
parentPort?.on('message', (message: IndexerMessage) => {
	void indexes
		.then(async (indexer) => {
			if (message.type === 'add') return indexer.add(message.page);
			if (message.type === 'close') {
				await indexer.close();
				return parentPort?.close();
			}
			const pages = await indexer.write(message.locale);
			parentPort?.postMessage({ locale: message.locale, ok: true, pages } satisfies IndexerReply);
		})
		.catch((error: unknown) => {
			if (message.type === 'close') return parentPort?.close();
			if (message.type !== 'write') return;
			parentPort?.postMessage({
				locale: message.locale,
				ok: false,
				error: error instanceof Error ? error.message : String(error),
			} satisfies IndexerReply);
		});
});
