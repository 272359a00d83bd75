import type { Plugin } from 'vite';

/** Content files the pages read themselves (not through the articles collection). */
const dataFile = /[\\/]content[\\/](?!articles[\\/]).*\.(ya?ml|json)$/;

/**
 * Dev server: a save to a data file under `content/` (the error-code registry, its explanations,
 * lists writers keep) reloads the open pages, which read the file again (reference-data.ts
 * notices the change). Articles reload through the content collection; UI strings are modules.
 * The build cache under `.cache/` is written by the articles loader, not by writers: not watched.
 */
export function devReload(): Plugin {
	return {
		name: 'troubleshoot-docs:dev-reload',
		apply: 'serve',
		config: () => ({ server: { watch: { ignored: ['**/.cache/**'] } } }),
		configureServer(server) {
			const reload = (path: string) => {
				if (dataFile.test(path)) server.ws.send({ type: 'full-reload', path: '*' });
			};
			server.watcher.on('change', reload);
			server.watcher.on('add', reload);
			server.watcher.on('unlink', reload);
		},
	};
}
