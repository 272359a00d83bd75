import { describe, expect, it } from 'vitest';
import {
	beginContentRefresh,
	contentGeneration,
	endContentRefresh,
	pageIsStale,
	reloadingPage,
	renderedGeneration,
	serveRequest,
	staleCheckScript,
} from '../../../src/content/dev-refresh.ts';

describe('dev content refreshes', () => {
	it('a page rendered before a refresh ended is stale; one rendered after is not', async () => {
		const before = contentGeneration();
		beginContentRefresh();
		endContentRefresh();
		expect(contentGeneration()).toBe(before + 1);
		expect(await pageIsStale(before)).toBe(true);
		expect(await pageIsStale(before + 1)).toBe(false);
	});

	it('a page asking while a refresh runs gets its answer when the refresh ends', async () => {
		const rendered = contentGeneration();
		beginContentRefresh();
		const order: string[] = [];
		const answer = pageIsStale(rendered).then((stale) => order.push(`answered ${stale}`));
		await new Promise((settle) => setTimeout(settle, 20));
		order.push('refresh ended');
		endContentRefresh();
		await answer;
		expect(order).toEqual(['refresh ended', 'answered true']);
	});

	it('waits for the last of overlapping refreshes', async () => {
		const rendered = contentGeneration();
		beginContentRefresh();
		beginContentRefresh();
		let answered = false;
		const answer = pageIsStale(rendered).then(() => (answered = true));
		endContentRefresh();
		await new Promise((settle) => setTimeout(settle, 20));
		expect(answered).toBe(false);
		endContentRefresh();
		await answer;
		expect(contentGeneration()).toBe(rendered + 2);
	});

	it('a refresh that never ends holds the question no longer than its patience', async () => {
		const rendered = contentGeneration();
		beginContentRefresh();
		expect(await pageIsStale(rendered, 30)).toBe(false);
		endContentRefresh();
	});

	it('a page claims the generation its request arrived at, outside a request the current one', async () => {
		const arrived = contentGeneration();
		let claimed = -1;
		const served = new Promise<void>((done) =>
			serveRequest(() => {
				beginContentRefresh();
				endContentRefresh();
				setTimeout(() => {
					claimed = renderedGeneration();
					done();
				}, 5);
			}),
		);
		await served;
		expect(claimed).toBe(arrived);
		expect(renderedGeneration()).toBe(arrived + 1);
	});

	it('the page script asks with the rendered generation only', () => {
		const [check, listen] = staleCheckScript(7.9).split('\n');
		expect(check).toBe(
			'{ const check = () => fetch("/_dev/content-generation?rendered=7").then((r) => r.json()).then((a) => { if (a.stale) location.reload(); }).catch(() => {});',
		);
		// It asks once listening, and again when the socket connects: no load ends unheard.
		expect(listen).toBe(
			`import('/@vite/client').then((vite) => { const hot = vite.createHotContext('/@troubleshoot-docs/content'); hot.on("troubleshoot-docs:content-generation", (d) => { if (d && d.generation > 7) location.reload(); }); hot.on('vite:ws:connect', check); }).catch(() => {}).finally(check); }`,
		);
	});

	it('the page of a just-fixed article is a 503 that reloads itself', async () => {
		const response = reloadingPage(contentGeneration());
		expect(response.status).toBe(503);
		expect(response.headers.get('retry-after')).toBe('1');
		const html = await response.text();
		expect(html).toContain(`rendered=${contentGeneration()}`);
		expect(html).toContain('The errors of this article were fixed; it is being loaded again.');
	});
});
