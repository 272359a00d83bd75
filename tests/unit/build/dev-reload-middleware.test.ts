import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ViteDevServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { devReload } from '../../../src/build/dev-reload.ts';
import {
	beginContentRefresh,
	contentGeneration,
	endContentRefresh,
	renderedGeneration,
} from '../../../src/content/dev-refresh.ts';

type Handler = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

/** The dev-reload plugin on a stand-in server: its first middleware and its stale-check endpoint. */
function plugin() {
	const stack: { route: string; handle: Handler }[] = [];
	const routes = new Map<string, Handler>();
	const server = {
		watcher: new EventEmitter(),
		ws: { send: () => {} },
		middlewares: { stack, use: (route: string, handle: Handler) => routes.set(route, handle) },
	};
	const configure = devReload().configureServer as (server: ViteDevServer) => void;
	configure(server as unknown as ViteDevServer);
	const [first] = stack;
	if (!first) throw new Error('the plugin put no middleware first');
	const endpoint = routes.get('/_dev/content-generation');
	if (!endpoint) throw new Error('the plugin serves no stale check');
	return { first: first.handle, endpoint };
}

const request = (headers: Record<string, string>, url = '/') =>
	({ headers, url, method: 'GET' }) as unknown as IncomingMessage;
const tick = () => new Promise((settle) => setTimeout(settle, 10));

describe('the dev server’s first middleware', () => {
	it('holds a page asked for while a load runs until the load ends, then serves it with the new generation', async () => {
		const { first } = plugin();
		beginContentRefresh();
		const served: number[] = [];
		first(request({ 'sec-fetch-dest': 'document' }), {} as ServerResponse, () =>
			served.push(renderedGeneration()),
		);
		await tick();
		expect(served).toEqual([]);
		endContentRefresh();
		await tick();
		expect(served).toEqual([contentGeneration()]);
	});

	it('lets scripts and styles through during a load', () => {
		const { first } = plugin();
		beginContentRefresh();
		let served = false;
		first(request({ 'sec-fetch-dest': 'script' }), {} as ServerResponse, () => (served = true));
		expect(served).toBe(true);
		endContentRefresh();
	});

	it('answers the stale check, taking a malformed generation for one before the first load', async () => {
		const { endpoint } = plugin();
		const answer = (url: string) =>
			new Promise<string>((done) =>
				endpoint(
					request({}, url),
					{ setHeader: () => {}, end: done } as unknown as ServerResponse,
					() => {},
				),
			);
		expect(await answer(`?rendered=${contentGeneration()}`)).toBe('{"stale":false}');
		expect(await answer('?rendered=1e3')).toBe('{"stale":true}');
		expect(await answer('')).toBe('{"stale":true}');
	});
});
