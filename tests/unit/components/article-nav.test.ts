import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import ArticleNav from '../../../src/components/ArticleNav.astro';
import type { ArticlePage, ServiceGroup } from '../../../src/page-data/articles.ts';

const container = await AstroContainer.create();

function groupOf(service: string, count: number, isFallback = false): ServiceGroup {
	const pageOf = (i: number) => {
		const entry = { id: `x/${service}-${i}`, data: { title: `Title ${i}` } };
		return {
			locale: 'ar-sa',
			slug: `${service}-${i}`,
			isFallback,
			entry: { entry },
			source: { entry },
		} as unknown as ArticlePage;
	};
	return { service, pages: Array.from({ length: count }, (_, i) => pageOf(i)) };
}

describe('ArticleNav', () => {
	test('a large group lists the articles around the current one and links the whole group', async () => {
		const html = await container.renderToString(ArticleNav, {
			props: {
				locale: 'ar-sa',
				groups: [groupOf('entra-id', 40), groupOf('o365-administration', 3)],
				currentSlug: 'entra-id-20',
			},
		});
		const links = [...html.matchAll(/<a href="\/ar-sa\/troubleshoot\/([^/]+)\/"/g)].map(
			(m) => m[1],
		);
		expect(links).toHaveLength(15 + 3);
		expect(links[0]).toBe('entra-id-13');
		expect(html).toContain('aria-current="page"');
		expect(html).toContain(
			'<a href="/ar-sa/#service-entra-id" data-sidebar-all>عرض كل المقالات (40)</a>',
		);
		expect(html).not.toContain('#service-o365-administration');
	});

	test('English titles shown in another locale say so', async () => {
		const html = await container.renderToString(ArticleNav, {
			props: { locale: 'ar-sa', groups: [groupOf('entra-id', 2, true)], currentSlug: 'none' },
		});
		expect(html).toMatch(
			/<a href="\/ar-sa\/troubleshoot\/entra-id-0\/" lang="en-US" dir="ltr">Title 0<\/a>/,
		);
	});
});
