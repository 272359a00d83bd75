import { describe, expect, it } from 'vitest';
import { maxResults, pendingOf, type PagefindResult } from '../../../src/search/full-text.ts';

/** Results whose data() records which were asked for, in order. */
function results(count: number) {
	const asked: number[] = [];
	const list: PagefindResult[] = Array.from({ length: count }, (_, index) => ({
		id: `r${index}`,
		score: count - index,
		data: () => {
			asked.push(index);
			return Promise.resolve({ url: `/p${index}/`, excerpt: '', meta: {}, filters: {} });
		},
	}));
	return { asked, list };
}

describe('pendingOf', () => {
	it('loads nothing until a result is read, then that one and the next', async () => {
		const { asked, list } = results(30);
		const pending = pendingOf(list);
		expect(pending).toHaveLength(maxResults);
		expect(asked).toEqual([]);
		expect((await pending[0]!.data()).url).toBe('/p0/');
		expect(asked).toEqual([0, 1]);
	});

	it('reads further results four ahead, each loaded once', async () => {
		const { asked, list } = results(30);
		const pending = pendingOf(list);
		await pending[0]!.data();
		await pending[1]!.data();
		await pending[2]!.data();
		expect(asked).toEqual([0, 1, 2, 3, 4, 5, 6]);
	});

	it('stops at the last result shown', async () => {
		const { asked, list } = results(30);
		await pendingOf(list)[maxResults - 2]!.data();
		expect(asked).toEqual([maxResults - 2, maxResults - 1]);
	});

	it('prefetches only the result asked for', () => {
		const { asked, list } = results(5);
		const pending = pendingOf(list);
		pending[3]!.prefetch();
		pending[3]!.prefetch();
		expect(asked).toEqual([3]);
	});
});
