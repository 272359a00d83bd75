import { describe, expect, test } from 'vitest';
import { buildArticleRoutes, locateEntry } from '../../../src/routing/article-routes.ts';
import { articleUrl, switchLocale } from '../../../src/routing/urls.ts';

describe('article routes', () => {
	const entries = [
		{ ...locateEntry('en-us/aadsts50011'), id: 'en-us/aadsts50011' },
		{ ...locateEntry('en-us/aadsts50000'), id: 'en-us/aadsts50000' },
		{ ...locateEntry('zh-cn/aadsts50000'), id: 'zh-cn/aadsts50000' },
	];
	const routes = buildArticleRoutes(entries);

	test('makes every source article in every locale, sorted by locale then slug', () => {
		expect(routes.map((r) => articleUrl(r.locale, r.slug))).toEqual([
			'/en-us/troubleshoot/aadsts50000/',
			'/en-us/troubleshoot/aadsts50011/',
			'/zh-cn/troubleshoot/aadsts50000/',
			'/zh-cn/troubleshoot/aadsts50011/',
			'/ja-jp/troubleshoot/aadsts50000/',
			'/ja-jp/troubleshoot/aadsts50011/',
			'/de-de/troubleshoot/aadsts50000/',
			'/de-de/troubleshoot/aadsts50011/',
			'/fr-fr/troubleshoot/aadsts50000/',
			'/fr-fr/troubleshoot/aadsts50011/',
			'/ar-sa/troubleshoot/aadsts50000/',
			'/ar-sa/troubleshoot/aadsts50011/',
		]);
	});

	test('shows the translation where one exists and falls back to the source elsewhere', () => {
		const shown = routes.map(
			(r) => `${r.locale}/${r.slug} → ${r.entry.id}${r.isFallback ? ' (fallback)' : ''}`,
		);
		expect(shown).toContain('zh-cn/aadsts50000 → zh-cn/aadsts50000');
		expect(shown).toContain('zh-cn/aadsts50011 → en-us/aadsts50011 (fallback)');
		expect(shown).toContain('ar-sa/aadsts50000 → en-us/aadsts50000 (fallback)');
		expect(shown).toContain('en-us/aadsts50000 → en-us/aadsts50000');
		expect(routes.filter((r) => r.isFallback)).toHaveLength(9);
	});

	test('rejects an id that is not <locale>/<slug>', () => {
		expect(() => locateEntry('pt-br/aadsts50000')).toThrow(
			'Article id "pt-br/aadsts50000" is not <locale>/<slug>: articles live in content/articles/<locale>/<slug>.mdx',
		);
	});

	test('switches the locale of any page path and keeps the rest', () => {
		expect(switchLocale('/zh-cn/troubleshoot/aadsts50000/', 'ar-sa')).toBe(
			'/ar-sa/troubleshoot/aadsts50000/',
		);
		expect(switchLocale('/ja-jp/', 'de-de')).toBe('/de-de/');
		expect(() => switchLocale('/search/', 'de-de')).toThrow('does not start with a locale segment');
	});
});
