import type { Diagnostic } from '../../diagnostics/diagnostics.ts';
import { articleUrl } from '../../routing/urls.ts';
import type { CheckedProject } from '../types.ts';
import { siteMap } from '../site-map.ts';

const origin = 'https://site.invalid';

/**
 * Internal links lead to a page of the site, and their `#anchor` to an id on it, in the locale
 * the link is read in (a translation's links are checked against that locale's pages). External
 * links are checked for form only: no request leaves the machine.
 */
export function checkLinks(project: CheckedProject): Diagnostic[] {
	const pages = siteMap(project);
	return project.articles.flatMap((article) => {
		if (!article.facts || !article.locale) return [];
		const here = articleUrl(article.locale, article.slug);
		return article.facts.links.flatMap((link): Diagnostic[] => {
			const problem = problemOf(link.url.trim(), here, pages);
			return problem
				? [
						{
							file: article.file,
							line: link.line,
							column: link.column,
							severity: 'error',
							...problem,
						},
					]
				: [];
		});
	});
}

/** What is wrong with a link written on the page at `here`, if anything. */
function problemOf(
	url: string,
	here: string,
	pages: ReadonlyMap<string, ReadonlySet<string>>,
): { message: string; rule: string } | undefined {
	if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return externalProblem(url);
	if (url.startsWith('//'))
		return { message: `protocol-relative URL "${url}": write https://…`, rule: 'external-link' };
	const target = new URL(url, `${origin}${here}`);
	let path: string;
	let anchor: string;
	try {
		path = decodeURI(target.pathname);
		anchor = decodeURIComponent(target.hash.slice(1));
	} catch {
		return { message: `link "${url}" has a malformed %-escape`, rule: 'internal-link' };
	}
	const ids = pages.get(path);
	if (!ids) {
		const slashed = pages.has(`${path}/`) ? `; write ${path}/ (every URL ends with a slash)` : '';
		return {
			message: `link "${url}" leads to ${path}, which is not a page of the site${slashed}`,
			rule: 'internal-link',
		};
	}
	if (!anchor || ids.has(anchor)) return undefined;
	const known = [...ids]
		.slice(0, 6)
		.map((id) => `#${id}`)
		.join(', ');
	return {
		message: `link "${url}": ${path} has no heading or anchor "#${anchor}"${known ? ` (it has ${known}${ids.size > 6 ? ', …' : ''})` : ''}`,
		rule: 'anchor',
	};
}

/** What is wrong with a link to another site, if anything (its form only: nothing is fetched). */
function externalProblem(url: string): { message: string; rule: string } | undefined {
	if (!/^https?:/i.test(url)) return undefined;
	const host = URL.canParse(url) ? new URL(url).hostname : '';
	if (!host.includes('.'))
		return { message: `malformed URL "${url}": expected https://host/path`, rule: 'external-link' };
	// `.invalid` is reserved (RFC 2606): no page is there, and the build uses it as a placeholder.
	if (/(^|\.)invalid$/i.test(host))
		return {
			message: `link "${url}" is to a .invalid host, which is reserved and never a real site: write the real address`,
			rule: 'external-link',
		};
	return undefined;
}
