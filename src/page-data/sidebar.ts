import type { ArticlePage, ServiceGroup } from './articles.ts';

/** One product group of the sidebar: the articles it lists, and how many the group holds. */
export interface SidebarGroup {
	service: string;
	/** The articles listed: all of a small group, a window of a large one. */
	pages: ArticlePage[];
	/** How many articles the group holds (more than are listed when it is large). */
	total: number;
}

/** The most articles a sidebar lists per group; the rest are a link to the group on the home page. */
const sidebarLimit = 15;

/**
 * The sidebar of one article page. Every product group of the locale is listed, each with at most
 * `limit` articles: in the current article's group, those around it; in the others, their first
 * ones. So a page stays the same size however many articles the site has, and the home page
 * lists every article of a group.
 * @example sidebarOf(groups, 'aadsts50011')[0].pages.length // at most 15
 */
export function sidebarOf(
	groups: readonly ServiceGroup[],
	currentSlug: string,
	limit = sidebarLimit,
): SidebarGroup[] {
	return groups.map(({ service, pages }) => {
		const index = pages.findIndex((p) => p.slug === currentSlug);
		const start =
			index < 0 ? 0 : Math.max(0, Math.min(index - Math.floor(limit / 2), pages.length - limit));
		return { service, pages: pages.slice(start, start + limit), total: pages.length };
	});
}
