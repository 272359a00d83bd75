// A compile worker process (see compile-pool.ts): makes one renderer from the pool's options,
// the first message it is sent, then compiles each batch of files it is sent (appending their
// HTML to its pack) and answers with the results, in order. It ends when the pool disconnects,
// as it does once every file is compiled, or when the build that started it is gone.
import {
	compileJob,
	threadRenderer,
	type CompileOptions,
	type WorkerMessage,
	type WorkerReply,
} from './compile-pool.ts';

let compiler:
	| {
			settings: Pick<CompileOptions, 'root' | 'context'>;
			renderer: ReturnType<typeof threadRenderer>;
	  }
	| undefined;

/** Compiles a batch, stopping at the first file that throws; names that file. */
async function compileBatch(
	files: Extract<WorkerMessage, { files: unknown }>['files'],
): Promise<WorkerReply> {
	if (!compiler) return { ok: false, error: 'a compile worker was sent files before its options' };
	const results = [];
	for (const file of files) {
		try {
			results.push(await compileJob(file, compiler.settings, compiler.renderer));
		} catch (error) {
			const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
			return { ok: false, error: `${file.file}: ${detail}` };
		}
	}
	return { ok: true, results };
}

process.on('message', (message: WorkerMessage) => {
	if ('options' in message) {
		const { options } = message;
		compiler = {
			settings: { root: options.root, context: options.context },
			renderer: threadRenderer(options),
		};
		return;
	}
	void compileBatch(message.files).then((reply) => process.send?.(reply));
});
process.on('disconnect', () => process.exit(0));
