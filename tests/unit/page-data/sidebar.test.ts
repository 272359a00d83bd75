import { describe, expect, test } from 'vitest';
import type { ArticlePage, ServiceGroup } from '../../../src/page-data/articles.ts';
import { sidebarOf } from '../../../src/page-data/sidebar.ts';

const group = (service: string, count: number): ServiceGroup => ({
	service,
	pages: Array.from({ length: count }, (_, i) => ({ slug: `${service}-${i}` }) as ArticlePage),
});
const slugs = (g: { pages: ArticlePage[] }) => g.pages.map((p) => p.slug);

describe('sidebarOf', () => {
	test('small groups are listed whole', () => {
		expect(
			sidebarOf([group('a', 3), group('b', 2)], 'a-1', 5).map((g) => [
				g.service,
				slugs(g),
				g.total,
			]),
		).toEqual([
			['a', ['a-0', 'a-1', 'a-2'], 3],
			['b', ['b-0', 'b-1'], 2],
		]);
	});

	test('a large group lists the articles around the current one, others their first ones', () => {
		const [a, b] = sidebarOf([group('a', 100), group('b', 50)], 'a-40', 5);
		expect([slugs(a!), a!.total]).toEqual([['a-38', 'a-39', 'a-40', 'a-41', 'a-42'], 100]);
		expect(slugs(b!)).toEqual(['b-0', 'b-1', 'b-2', 'b-3', 'b-4']);
	});

	test('the window stays inside the group at either end', () => {
		expect(slugs(sidebarOf([group('a', 100)], 'a-0', 5)[0]!)).toEqual([
			'a-0',
			'a-1',
			'a-2',
			'a-3',
			'a-4',
		]);
		expect(slugs(sidebarOf([group('a', 100)], 'a-99', 5)[0]!)).toEqual([
			'a-95',
			'a-96',
			'a-97',
			'a-98',
			'a-99',
		]);
	});
});
