// A compile worker (see compile-pool.ts): makes one renderer from the pool's options, then
// compiles each batch of files it is sent (appending their HTML to its pack) and answers with
// the results, in order.
import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleFile } from '../content/article-files.ts';
import {
	compileJob,
	threadRenderer,
	type CompileOptions,
	type WorkerReply,
} from './compile-pool.ts';

const options = workerData as CompileOptions;
const settings = { root: options.root, context: options.context };
const renderer = threadRenderer(options);

parentPort?.on('message', async (files: ArticleFile[]) => {
	const results = [];
	let reply: WorkerReply | undefined;
	for (const file of files) {
		try {
			results.push(await compileJob(file, settings, renderer));
		} catch (error) {
			reply = {
				ok: false,
				error: `${file.file}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
			};
			break;
		}
	}
	parentPort?.postMessage(reply ?? { ok: true, results });
});
