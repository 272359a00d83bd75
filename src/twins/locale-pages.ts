import { errorCodesOf } from '../content/article-meta.ts';
import { compilationOf, loadArticlePages, type ArticlePage } from '../page-data/articles.ts';
import type { Locale } from '../i18n/locales.ts';
import { getReference } from '../reference/reference-data.ts';
import type { RegistryEntry } from '../reference/registry-schema.ts';
import { absoluteUrl, articleUrl, markdownTwinUrl, referenceUrl } from '../routing/urls.ts';
import { siteOrigin } from '../site-config.ts';
import { loadTranslationStatuses } from '../page-data/page-status.ts';
import type { TranslationState } from '../translations/status.ts';

/** One article page of a locale, as the agent-facing outputs list it. */
export interface ListedArticle {
	page: ArticlePage;
	title: string;
	description?: string | undefined;
	/** The AADSTS codes it is about, then the OAuth codes it mentions. */
	codes: string[];
	url: string;
	markdownUrl: string;
	state: TranslationState;
	type?: 'HT' | 'MT' | undefined;
}

/**
 * The URL of a page's Markdown twin.
 * @example twinUrl('https://docs.example.com/en-us/troubleshoot/x/') // 'https://docs.example.com/en-us/troubleshoot/x/index.md'
 */
function twinUrl(pageUrl: string): string {
	return markdownTwinUrl(pageUrl);
}

/** Every article page of a locale (URLs on the configured origin), in slug order, with its codes, URLs and translation state. */
export async function listArticles(locale: Locale): Promise<ListedArticle[]> {
	const site = siteOrigin();
	const statuses = await loadTranslationStatuses();
	const pages = (await loadArticlePages())
		.filter((p) => p.locale === locale)
		.sort((a, b) => a.slug.localeCompare(b.slug));
	return pages.map((page) => {
		const { data } = page.entry.entry;
		const status = statuses.get(`${locale}/${page.slug}`);
		const url = absoluteUrl(articleUrl(locale, page.slug), site);
		const oauth = compilationOf(page.entry.entry).facts?.oauthCodes ?? [];
		const isTranslation = status?.state === 'current' || status?.state === 'outdated';
		return {
			page,
			title: data.title,
			description: data.description,
			codes: [...new Set([...errorCodesOf(page.source.entry.data, page.slug), ...oauth])],
			url,
			markdownUrl: twinUrl(url),
			state: status?.state ?? (page.isFallback ? 'fallback' : 'source'),
			type: isTranslation ? data['ms.translationtype'] : undefined,
		};
	});
}

/** One reference entry of a locale. */
export interface ListedEntry {
	entry: RegistryEntry;
	url: string;
	markdownUrl: string;
	summary?: string | undefined;
}

/** Every reference entry of a locale, in registry order. */
export function listReference(locale: Locale): ListedEntry[] {
	const site = siteOrigin();
	const reference = getReference();
	return reference.registry.codes.map((entry) => {
		const url = absoluteUrl(referenceUrl(locale, entry.code), site);
		return {
			entry,
			url,
			markdownUrl: twinUrl(url),
			summary: reference.explanations[locale][entry.code]?.summary,
		};
	});
}
