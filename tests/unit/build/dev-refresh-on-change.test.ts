import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { refreshArticlesOnChange } from '../../../src/build/dev-reload.ts';
import { contentGeneration, pageIsStale } from '../../../src/content/dev-refresh.ts';

/** A dev server whose watcher the test drives, and a content refresh it finishes by hand. */
function devServer() {
	const watcher = new EventEmitter();
	const refreshes: { loaders: string[]; finish: () => void }[] = [];
	const errors: string[] = [];
	const sent: unknown[] = [];
	const refreshContent = (options: { loaders?: string[] } = {}) =>
		new Promise<void>((finish) => refreshes.push({ loaders: options.loaders ?? [], finish }));
	refreshArticlesOnChange({
		server: { watcher, ws: { send: (message: unknown) => sent.push(message) } },
		refreshContent,
		logger: { error: (message: string) => errors.push(message) },
	} as unknown as Parameters<typeof refreshArticlesOnChange>[0]);
	return { watcher, refreshes, errors, sent };
}

const tick = () => new Promise((settle) => setTimeout(settle, 0));

describe('the dev server loads articles again on a save', () => {
	it('refreshes only the articles loader, and only for the files it reads', async () => {
		const { watcher, refreshes } = devServer();
		watcher.emit('all', 'change', '/site/src/pages/index.astro');
		watcher.emit('all', 'addDir', '/site/content/articles/de-de');
		expect(refreshes).toEqual([]);
		watcher.emit('all', 'change', '/site/content/terminology/de-de.yaml');
		expect(refreshes.map((r) => r.loaders)).toEqual([['troubleshoot-articles']]);
		refreshes[0]?.finish();
		await tick();
	});

	it('saves during a load make one more load, and no page settles between the two', async () => {
		const { watcher, refreshes, sent } = devServer();
		const before = contentGeneration();
		watcher.emit('all', 'change', '/site/content/articles/en-us/a.mdx');
		for (const name of ['b', 'c', 'd'])
			watcher.emit('all', 'change', `/site/content/articles/en-us/${name}.mdx`);
		expect(refreshes).toHaveLength(1);
		let answered = false;
		const answer = pageIsStale(before).then((stale) => ((answered = true), stale));
		refreshes[0]?.finish();
		await tick();
		expect(refreshes).toHaveLength(2);
		expect(answered).toBe(false);
		expect(sent).toEqual([]);
		refreshes[1]?.finish();
		expect(await answer).toBe(true);
		expect(contentGeneration()).toBe(before + 2);
		// Once settled, the open pages hear the generation now: older ones reload.
		expect(sent).toEqual([
			{
				type: 'custom',
				event: 'troubleshoot-docs:content-generation',
				data: { generation: before + 2 },
			},
		]);
	});

	it('a load that fails is logged and still ends its refresh', async () => {
		const watcher = new EventEmitter();
		const errors: string[] = [];
		refreshArticlesOnChange({
			server: { watcher, ws: { send: () => undefined } },
			refreshContent: () => Promise.reject(new Error('content config did not load')),
			logger: { error: (message: string) => errors.push(message) },
		} as unknown as Parameters<typeof refreshArticlesOnChange>[0]);
		const before = contentGeneration();
		watcher.emit('all', 'change', '/site/content/reference/oauth-errors.yaml');
		await tick();
		expect(errors).toEqual(['content config did not load']);
		expect(contentGeneration()).toBe(before + 1);
		expect(await pageIsStale(before, 10)).toBe(true);
	});
});
