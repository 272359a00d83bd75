import { describe, expect, test } from 'vitest';
import { rankPartialMatches, unitWeight } from '../../../src/search/relax.ts';

describe('pages matching part of a query', () => {
	test('a rare word weighs more than a common one; a word found nowhere weighs nothing', () => {
		expect(unitWeight(1, 50)).toBeCloseTo(Math.log(51));
		expect(unitWeight(40, 50)).toBeCloseTo(Math.log(1 + 50 / 40));
		expect(unitWeight(0, 50)).toBe(0);
	});

	test('pages rank by the weight of what they match, then by Pagefind score, then by id', () => {
		// "users" is on every page, "partner" on two, "tenant" on three.
		const users = new Map([
			['a', 1],
			['b', 1],
			['c', 1],
			['d', 1],
			['e', 3],
		]);
		const partner = new Map([
			['c', 2],
			['d', 1],
		]);
		const tenant = new Map([
			['a', 1],
			['b', 1],
			['c', 1],
		]);
		const ranked = rankPartialMatches([users, partner, tenant], 5, new Set());
		expect(ranked.map((p) => [p.id, p.matched])).toEqual([
			['c', 3],
			['d', 2],
			['a', 2],
			['b', 2],
			['e', 1],
		]);
	});

	test('pages already shown are left out, and nothing matched is nothing shown', () => {
		expect(
			rankPartialMatches(
				[
					new Map([
						['a', 1],
						['b', 1],
					]),
				],
				5,
				new Set(['a']),
			).map((p) => p.id),
		).toEqual(['b']);
		expect(rankPartialMatches([new Map(), new Map()], 5, new Set())).toEqual([]);
	});
});
