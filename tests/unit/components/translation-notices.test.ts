import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import TranslationBadges from '../../../src/components/TranslationBadges.astro';
import type { ArticlePage } from '../../../src/page-data/articles.ts';
import type { Locale } from '../../../src/i18n/locales.ts';

const container = await AstroContainer.create();

function pageOf(locale: Locale, options: { isFallback: boolean; type?: 'HT' | 'MT' }): ArticlePage {
	const entry = {
		id: `${locale}/x`,
		data: { title: 'T', 'ms.date': '03/19/2021', 'ms.translationtype': options.type },
	};
	return {
		locale,
		slug: 'x',
		isFallback: options.isFallback,
		entry: { locale, slug: 'x', entry },
		source: { locale: 'en-us', slug: 'x', entry },
	} as unknown as ArticlePage;
}
const render = async (page: ArticlePage) =>
	(await container.renderToString(TranslationBadges, { props: { page } })).trim();

describe('translation notices', () => {
	test.each([
		['zh-cn', 'zh-CN', '本文尚无中文版本。你正在阅读英文版本。'],
		['ja-jp', 'ja-JP', 'この記事はまだ日本語で提供されていません。英語版を表示しています。'],
		[
			'de-de',
			'de-DE',
			'Dieser Artikel ist noch nicht auf Deutsch verfügbar. Sie lesen die englische Version.',
		],
		[
			'fr-fr',
			'fr-FR',
			'Cet article n’est pas encore disponible en français. Vous lisez la version anglaise.',
		],
		['ar-sa', 'ar-SA', 'هذه المقالة غير متوفرة باللغة العربية بعد. أنت تقرأ النسخة الإنجليزية.'],
	] as const)("%s: a fallback says so in the reader's language", async (locale, lang, text) => {
		const dir = locale === 'ar-sa' ? 'rtl' : 'ltr';
		expect(await render(pageOf(locale, { isFallback: true }))).toBe(
			`<aside class="notice" role="note" lang="${lang}" dir="${dir}" data-fallback-notice><p>${text}</p></aside>`,
		);
	});

	test('a machine translation is disclosed, with a link to the English source', async () => {
		expect(await render(pageOf('de-de', { isFallback: false, type: 'MT' }))).toBe(
			'<aside class="notice" role="note" lang="de-DE" dir="ltr" data-machine-translation-notice><p>Dieser Artikel wurde maschinell übersetzt und kann Fehler enthalten. Maßgeblich ist die englische Version.</p><p><a href="/en-us/troubleshoot/x/" hreflang="en-US">Englische Version lesen</a></p></aside>',
		);
	});

	test('a human translation and a source article get no notice', async () => {
		expect(await render(pageOf('zh-cn', { isFallback: false, type: 'HT' }))).toBe('');
		expect(await render(pageOf('en-us', { isFallback: false }))).toBe('');
	});
});
