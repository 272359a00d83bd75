/**
 * What an article page and its Markdown twin (and a reference entry's twin) show besides the
 * site's own inputs: the parts
 * whose change renders them again in an incremental build (build/page-carry-over.ts). A part
 * the page reads but this list misses would leave a page out of date: the incremental-build
 * test compares an incremental build with a clean one, file for file.
 */
import { createHash } from 'node:crypto';
import { articleSourcePath } from '../content/article-files.ts';
import { lastCommitId } from '../content/git-history.ts';
import type { Locale } from '../i18n/locales.ts';
import { articleUrl, markdownTwinUrl, referenceUrl } from '../routing/urls.ts';
import type { TranslationStatus } from '../translations/status.ts';
import type { ArticlePage, ServiceGroup } from './articles.ts';

/**
 * An article page's output file and its twin's, relative to the output folder.
 * @example articleOutputFiles('de-de', 'x') // { page: 'de-de/troubleshoot/x/index.html', twin: 'de-de/troubleshoot/x/index.md' }
 */
export function articleOutputFiles(locale: Locale, slug: string): { page: string; twin: string } {
	const url = articleUrl(locale, slug);
	return { page: `${url.slice(1)}index.html`, twin: markdownTwinUrl(url).slice(1) };
}

/**
 * A reference entry's Markdown twin, relative to the output folder.
 * @example referenceTwinFile('de-de', 'invalid_grant') // 'de-de/reference/oauth-errors/invalid_grant/index.md'
 */
export function referenceTwinFile(locale: Locale, code: string): string {
	return markdownTwinUrl(referenceUrl(locale, code)).slice(1);
}

/**
 * A hash of what a locale's sidebar lists of every article: product, slug, title, and whether it
 * is the English fallback. A title change renders every page of its locale again.
 */
export function sidebarDigest(groups: readonly ServiceGroup[]): string {
	const listed = groups.map((group) => [
		group.service,
		group.pages.map((p) => [p.slug, p.entry.entry.data.title, p.isFallback]),
	]);
	return createHash('sha256').update(JSON.stringify(listed)).digest('hex');
}

/** The last commit of an entry's file: its "last updated" date and the history its notices diff. */
function historyOf(entry: ArticlePage['entry']): string | undefined {
	return lastCommitId(entry.entry.filePath ?? articleSourcePath(entry.locale, entry.slug));
}

/**
 * What an article page shows of the collection: the entry it shows and its source (digests
 * cover their text, front matter and compilation), their git history, the page's translation
 * status and its locale's sidebar.
 */
export function articlePageParts(
	page: ArticlePage,
	status: TranslationStatus | undefined,
	sidebar: string,
): unknown[] {
	return [
		page.entry.entry.digest,
		page.source.entry.digest,
		page.isFallback,
		historyOf(page.entry),
		historyOf(page.source),
		status ?? null,
		sidebar,
	];
}

/**
 * What the search index reads of an article page (build/search-carry-over.ts): the entry shown
 * (its title, codes and compiled body), whether it is the English fallback, and the product of
 * its source (a filter). Its notices, badges, sidebar and dates are not indexed.
 */
export function articleSearchParts(page: ArticlePage): unknown[] {
	return [page.entry.entry.digest, page.isFallback, page.source.entry.data['ms.service'] ?? null];
}
