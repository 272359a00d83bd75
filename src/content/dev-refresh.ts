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
const key = Symbol.for('troubleshoot-docs.dev-refresh');

interface DevRefresh {
	generation: number;
	running: number;
	settled: (() => void)[];
}

type WithRefresh = typeof globalThis & { [key]?: DevRefresh };

function state(): DevRefresh {
	const global = globalThis as WithRefresh;
	global[key] ??= { generation: 0, running: 0, settled: [] };
	return global[key];
}

/** Where a page asks whether it shows the latest content (answered by dev-reload.ts). */
export const contentGenerationPath = '/_dev/content-generation';

/** The generation of the content a page renders now. */
export function contentGeneration(): number {
	return state().generation;
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
 * Whether a page that rendered generation `rendered` should reload, once no refresh is running
 * (at most `patience` ms: a load that hangs must not hold the page's request open).
 */
export async function pageIsStale(rendered: number, patience = 30_000): Promise<boolean> {
	const refresh = state();
	if (refresh.running > 0) {
		let settle = () => {};
		const settled = new Promise<void>((done) => (settle = done));
		refresh.settled.push(settle);
		const timer = setTimeout(settle, patience);
		await settled;
		clearTimeout(timer);
		// After a timeout, the refresh that hangs has no use for this page's callback any more.
		refresh.settled = refresh.settled.filter((s) => s !== settle);
	}
	return refresh.generation > rendered;
}

/**
 * The script a dev page carries: once loaded, it asks whether the content it shows (generation
 * `rendered`) is still the latest, and reloads if not. Astro also sends every page's render
 * error to every open page, a moment after that render: an error overlay arriving on this page
 * is dismissed when the page itself renders without error now (a fix saved quickly, another
 * page's error). Only numbers and a constant path go in.
 */
export function staleCheckScript(rendered: number): string {
	const url = JSON.stringify(`${contentGenerationPath}?rendered=${Math.trunc(rendered)}`);
	return [
		`fetch(${url}).then((r) => r.json()).then((a) => { if (a.stale) location.reload(); }).catch(() => {});`,
		`new MutationObserver(() => { const o = document.querySelector('vite-error-overlay:not([data-checked])'); if (!o) return; o.setAttribute('data-checked', ''); fetch(location.href, { method: 'HEAD', cache: 'no-store' }).then((r) => { if (r.ok) o.remove(); }).catch(() => {}); }).observe(document.documentElement, { childList: true, subtree: true });`,
	].join('\n');
}

/**
 * What a dev page whose errors were just fixed answers until the store has the article again:
 * a short notice that reloads itself when the refresh is done (not an error: nothing is wrong),
 * and in a second anyway (a load Astro started itself, after a config change, is not counted).
 */
export function reloadingPage(): Response {
	const html = `<!doctype html><html lang="en-US"><meta charset="utf-8"><meta http-equiv="refresh" content="1"><title>Loading…</title><p>The errors of this article were fixed; it is being loaded again.</p><script>${staleCheckScript(contentGeneration())}</script></html>`;
	return new Response(html, {
		status: 503,
		headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': '1' },
	});
}
