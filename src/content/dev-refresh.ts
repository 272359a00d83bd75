/**
 * The dev server's content refreshes, counted. A save loads the articles again (dev-reload.ts);
 * a page rendered while that load ran may show half of it (a fixed article still missing from
 * the store, say), and the reload the store sends when it is written can be lost while that page
 * is still navigating. So each page says which generation it shows (its layout writes
 * `staleCheckScript` into the head, in the dev server only) and asks the server, once loaded,
 * whether a newer one is there or on its way.
 * Like dev-problems.ts, the state lives on the global object: the integration and the pages run
 * in one process but with modules of their own.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const key = Symbol.for('troubleshoot-docs.dev-refresh');

interface DevRefresh {
	generation: number;
	running: number;
	settled: (() => void)[];
	/** The generation each request being served arrived at. */
	requests: AsyncLocalStorage<number>;
}

type WithRefresh = typeof globalThis & { [key]?: DevRefresh };

function state(): DevRefresh {
	const global = globalThis as WithRefresh;
	global[key] ??= { generation: 0, running: 0, settled: [], requests: new AsyncLocalStorage() };
	return global[key];
}

/** Where a page asks whether it shows the latest content (answered by dev-reload.ts). */
export const contentGenerationPath = '/_dev/content-generation';

/**
 * The event the dev server sends over its HMR socket when a refresh has settled, with the
 * generation now (dev-reload.ts): a page that shows an older one reloads, even when the reload
 * Astro sent as the store was written reached it while it was still navigating.
 */
export const generationEvent = 'troubleshoot-docs:content-generation';

/** The generation of the content now. */
export function contentGeneration(): number {
	return state().generation;
}

/**
 * Serves one request of the dev server (`next`) with the generation as it arrives remembered
 * (dev-reload.ts): a page claims that one, not the generation when it gets to its layout. A
 * refresh that ended in between, after the page had read the store, would make it claim content
 * it does not show, and it would never reload. (Request headers will not carry it: the dev
 * server gives static pages none.)
 */
export function serveRequest(next: () => void): void {
	const refresh = state();
	refresh.requests.run(refresh.generation, next);
}

/** The generation the page being rendered shows (see serveRequest). */
export function renderedGeneration(): number {
	const refresh = state();
	return refresh.requests.getStore() ?? refresh.generation;
}

/** A refresh starts: pages rendered from now on may show part of it. */
export function beginContentRefresh(): void {
	state().running++;
}

/** A refresh ended (the data store is written): a new generation. */
export function endContentRefresh(): void {
	const refresh = state();
	refresh.generation++;
	refresh.running = Math.max(0, refresh.running - 1);
	if (refresh.running > 0) return;
	for (const settle of refresh.settled.splice(0)) settle();
}

/**
 * Resolves once no refresh is running (at once if none is; after at most `patience` ms, so that a
 * load that hangs cannot hold a request forever).
 */
export async function refreshesSettled(patience = 30_000): Promise<void> {
	const refresh = state();
	if (refresh.running === 0) return;
	let settle = () => {};
	const settled = new Promise<void>((done) => (settle = done));
	refresh.settled.push(settle);
	const timer = setTimeout(settle, patience);
	await settled;
	clearTimeout(timer);
	// After a timeout, the refresh that hangs has no use for this callback any more.
	refresh.settled = refresh.settled.filter((s) => s !== settle);
}

/** Whether a page that rendered generation `rendered` should reload, once no refresh is running. */
export async function pageIsStale(rendered: number, patience = 30_000): Promise<boolean> {
	await refreshesSettled(patience);
	return state().generation > rendered;
}

/**
 * The script a dev page carries: it listens on the dev server's HMR socket for a newer generation
 * than the one it shows (`generationEvent`, generation `rendered`), then asks whether its content
 * is still the latest, and again each time the socket connects, reloading if not. Asking only
 * once listening, and once connected, leaves no moment in which a load could end unheard (asked
 * first, a load ending before the socket was heard from was missed). In a block of its own, so
 * that nothing it names leaks into the page. Astro also sends every page's render
 * error to every open page, a moment after that render: an error overlay arriving on this page
 * is dismissed when the page itself renders without error now (a fix saved quickly, another
 * page's error). Only numbers and a constant path go in.
 */
export function staleCheckScript(rendered: number): string {
	const shown = Math.trunc(rendered);
	const url = JSON.stringify(`${contentGenerationPath}?rendered=${shown}`);
	return [
		`{ const check = () => fetch(${url}).then((r) => r.json()).then((a) => { if (a.stale) location.reload(); }).catch(() => {});`,
		`import('/@vite/client').then((vite) => { const hot = vite.createHotContext('/@troubleshoot-docs/content'); hot.on(${JSON.stringify(generationEvent)}, (d) => { if (d && d.generation > ${shown}) location.reload(); }); hot.on('vite:ws:connect', check); }).catch(() => {}).finally(check); }`,
		`new MutationObserver(() => { const o = document.querySelector('vite-error-overlay:not([data-checked])'); if (!o) return; o.setAttribute('data-checked', ''); fetch(location.href, { method: 'HEAD', cache: 'no-store' }).then((r) => { if (r.ok) o.remove(); }).catch(() => {}); }).observe(document.documentElement, { childList: true, subtree: true });`,
	].join('\n');
}

/**
 * What a dev page whose errors were just fixed answers until the store has the article again:
 * a short notice that reloads itself when the refresh is done (not an error: nothing is wrong),
 * and in a second anyway (a load Astro started itself, after a config change, is not counted).
 */
export function reloadingPage(rendered: number): Response {
	const html = `<!doctype html><html lang="en-US"><meta charset="utf-8"><meta http-equiv="refresh" content="1"><title>Loading…</title><p>The errors of this article were fixed; it is being loaded again.</p><script>${staleCheckScript(rendered)}</script></html>`;
	return new Response(html, {
		status: 503,
		headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': '1' },
	});
}
