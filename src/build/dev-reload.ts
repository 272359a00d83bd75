import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BaseIntegrationHooks } from 'astro';
import type { Plugin } from 'vite';
import {
	beginContentRefresh,
	contentGeneration,
	contentGenerationPath,
	endContentRefresh,
	generationEvent,
	pageIsStale,
	refreshesSettled,
	serveRequest,
} from '../content/dev-refresh.ts';
import { articleLoadInputs, articleLoaderName } from './article-inputs.ts';
import { watchSaves } from './settled-saves.ts';

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
			watchSaves(
				server.watcher,
				(path) => dataFile.test(path),
				() => server.ws.send({ type: 'full-reload', path: '*' }),
			);
			// First in the stack, before Astro's own handler reads the store: a page asked for while a
			// load runs is rendered once it is done, not from half of it (a fixed article not back
			// yet, an error already fixed); every request is served knowing the generation it
			// arrived at (dev-refresh.ts).
			server.middlewares.stack.unshift({
				route: '',
				handle: (request: IncomingMessage, _response: ServerResponse, next: () => void) => {
					if (!isPageRequest(request)) return serveRequest(next);
					void refreshesSettled().then(() => serveRequest(next));
				},
			});
			// A page asks, once loaded, whether the content it shows is still the latest (dev-refresh.ts).
			server.middlewares.use(contentGenerationPath, (request, response) => {
				const asked = new URL(request.url ?? '', 'http://dev').searchParams.get('rendered') ?? '';
				// A question without a generation is answered as if from before the first load.
				const rendered = /^\d{1,15}$/.test(asked) ? Number(asked) : -1;
				void pageIsStale(rendered).then((stale) => {
					response.setHeader('content-type', 'application/json');
					response.setHeader('cache-control', 'no-store');
					response.end(JSON.stringify({ stale }));
				});
			});
		},
	};
}

/** A browser's request for a page (not for a script, a style or the stale check). */
function isPageRequest(request: IncomingMessage): boolean {
	const destination = request.headers['sec-fetch-dest'];
	if (destination) return destination === 'document';
	return request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
}

type ServerSetup = Parameters<BaseIntegrationHooks['astro:server:setup']>[0];

/**
 * Dev server: a save to any file the articles loader reads loads the articles again through
 * Astro's content refresh, which at its end writes the data store at once and so reloads the
 * open pages (a loader that stored entries from its own watcher would wait for the store's
 * 500 ms write debounce instead). Saves that arrive while a load runs make one more load, not
 * one each: a checkout of fifty files reloads the pages twice, not fifty times. The refreshes
 * are counted, so that a page rendered while one ran reloads when it is done (dev-refresh.ts).
 * A save the watcher reported before it was written in full loads once more (settled-saves.ts).
 */
export function refreshArticlesOnChange({ server, refreshContent, logger }: ServerSetup): void {
	if (!refreshContent) return;
	const refresh = { running: false, again: false };
	const run = () => {
		refresh.running = true;
		refresh.again = false;
		beginContentRefresh();
		refreshContent({ loaders: [articleLoaderName] })
			.catch((error: Error) => logger.error(error.message))
			.finally(() => {
				refresh.running = false;
				// The next load counts as running before this one ends: no page settles in between.
				if (refresh.again) run();
				endContentRefresh();
				// Pages still showing an older generation reload (dev-refresh.ts).
				if (!refresh.running)
					server.ws.send({
						type: 'custom',
						event: generationEvent,
						data: { generation: contentGeneration() },
					});
			});
	};
	watchSaves(
		server.watcher,
		(path) => articleLoadInputs.test(path),
		() => {
			if (refresh.running) refresh.again = true;
			else run();
		},
	);
}
