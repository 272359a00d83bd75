import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Diagnostic } from '../../content/diagnostics.ts';
import { articleUrl } from '../../routing/urls.ts';
import type { CheckedProject } from '../project.ts';
import { siteMap } from '../site-map.ts';

const origin = 'https://site.invalid';

/**
 * Internal links lead to a page of the site, and their `#anchor` to an id on it, in the locale
 * the link is read in (a translation's links are checked against that locale's pages). External
 * links are checked for form only: no request leaves the machine.
 */
export function checkLinks(project: CheckedProject): Diagnostic[] {
	const pages = siteMap(project);
	const problems: Diagnostic[] = [];
	for (const article of project.articles) {
		if (!article.tree || !article.locale) continue;
		const here = articleUrl(article.locale, article.slug);
		visit(article.tree, (node: Nodes) => {
			if (node.type !== 'link' && node.type !== 'definition') return undefined;
			const at = (message: string, rule: string) =>
				problems.push({ file: article.file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, severity: 'error', message, rule });
			const url = node.url.trim();
			if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
				const parsed = URL.canParse(url) ? new URL(url) : undefined;
				if (/^https?:/i.test(url) && !parsed?.hostname.includes('.')) at(`malformed URL "${url}": expected https://host/path`, 'external-link');
				return undefined;
			}
			if (url.startsWith('//')) return at(`protocol-relative URL "${url}": write https://…`, 'external-link');
			const target = new URL(url, `${origin}${here}`);
			let path: string;
			let anchor: string;
			try {
				path = decodeURI(target.pathname);
				anchor = decodeURIComponent(target.hash.slice(1));
			} catch {
				return at(`link "${url}" has a malformed %-escape`, 'internal-link');
			}
			const ids = pages.get(path);
			if (!ids) {
				const slashed = pages.has(`${path}/`) ? `; write ${path}/ (every URL ends with a slash)` : '';
				return at(`link "${url}" leads to ${path}, which is not a page of the site${slashed}`, 'internal-link');
			}
			if (anchor && !ids.has(anchor)) {
				const known = [...ids].slice(0, 6).map((id) => `#${id}`).join(', ');
				at(`link "${url}": ${path} has no heading or anchor "#${anchor}"${known ? ` (it has ${known}${ids.size > 6 ? ', …' : ''})` : ''}`, 'anchor');
			}
			return undefined;
		});
	}
	return problems;
}
