import { expect, test } from '@playwright/test';
import { fallbackPages, locales, sourceLocale } from './site.ts';

const notices: Record<string, string> = {
	'zh-cn': '本文尚无中文版本。你正在阅读英文版本。',
	'ja-jp': 'この記事はまだ日本語で提供されていません。英語版を表示しています。',
	'de-de': 'Dieser Artikel ist noch nicht auf Deutsch verfügbar. Sie lesen die englische Version.',
	'fr-fr': 'Cet article n’est pas encore disponible en français. Vous lisez la version anglaise.',
	'ar-sa': 'هذه المقالة غير متوفرة باللغة العربية بعد. أنت تقرأ النسخة الإنجليزية.',
};

// zh-cn translates every article, so its notice is pinned by the component test
// (tests/unit/components/translation-notices.test.ts); here, the locales with real fallbacks.
test('the content leaves articles untranslated in ja-jp, de-de, fr-fr and ar-sa', () => {
	expect(fallbackPages.map((p) => p.locale).sort()).toEqual(['ar-sa', 'de-de', 'fr-fr', 'ja-jp']);
});

for (const article of fallbackPages) {
	test(`${article.locale}: an untranslated article shows English with a notice in ${article.lang}`, async ({
		page,
	}) => {
		await page.goto(`/${article.locale}/troubleshoot/${article.slug}/`);
		const notice = page.locator('[data-fallback-notice]');
		await expect(notice).toHaveText(notices[article.locale] ?? '');
		await expect(notice).toHaveAttribute('lang', locales[article.locale].lang);
		await expect(page.locator('article')).toHaveAttribute('lang', locales[sourceLocale].lang);
		expect(
			new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').pathname,
		).toBe(`/${sourceLocale}/troubleshoot/${article.slug}/`);
	});
}
