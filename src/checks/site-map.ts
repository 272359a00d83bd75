import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { errorCodesOf } from '../content/article-meta.ts';
import { localeIds, sourceLocale, type Locale } from '../i18n/locales.ts';
import { lookupKey } from '../search/code-query.ts';
import { articleUrl, codeUrl, errorLookupUrl, homeUrl, referenceIndexUrl, referenceUrl, searchUrl, translationStatusUrl } from '../routing/urls.ts';
import type { CheckedProject } from './project.ts';

/** The section ids of a reference entry page (see its template). */
const referenceAnchors = ['definitions', 'example', 'causes', 'fixes', 'related', 'aadsts', 'articles'];

/**
 * The ids a rendered article will have: each heading's id as Astro makes it (github-slugger over
 * its text, or the Learn `<a name>` it opens with), and every `<a name|id>` in the text.
 */
export function anchorsOf(tree: Root): Set<string> {
	const ids = new Set<string>();
	const slugger = new GithubSlugger();
	visit(tree, (node) => {
		if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
			for (const a of (node as MdxJsxTextElement).attributes) if (a.type === 'mdxJsxAttribute' && (a.name === 'name' || a.name === 'id') && typeof a.value === 'string') ids.add(a.value);
		}
		if (node.type !== 'heading') return;
		const first = node.children[0];
		const learn = first?.type === 'mdxJsxTextElement' && first.name === 'a' && first.children.length === 0 ? first.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'name')?.value : undefined;
		ids.add(typeof learn === 'string' ? learn : slugger.slug(toString(node)));
	});
	return ids;
}

/** Every page path of the site, with the ids on it that links may point at. */
export function siteMap(project: CheckedProject): Map<string, Set<string>> {
	const pages = new Map<string, Set<string>>([['/', new Set()]]);
	const sources = project.articles.filter((a) => a.locale === sourceLocale);
	const codes = project.registry?.registry.codes.map((c) => c.code) ?? [];
	for (const locale of localeIds) {
		for (const path of [homeUrl(locale), searchUrl(locale), errorLookupUrl(locale), referenceIndexUrl(locale), translationStatusUrl(locale)]) pages.set(path, new Set());
		for (const code of codes) pages.set(referenceUrl(locale, code), new Set([...referenceAnchors, ...codes]));
		for (const source of sources) {
			const shown = project.articles.find((a) => a.locale === locale && a.slug === source.slug) ?? source;
			pages.set(articleUrl(locale as Locale, source.slug), shown.tree ? anchorsOf(shown.tree) : new Set());
		}
	}
	for (const source of sources) {
		for (const code of errorCodesOf(source.data ?? {}, source.slug)) {
			pages.set(codeUrl(lookupKey(code)), new Set());
		}
	}
	for (const code of codes) pages.set(codeUrl(code), new Set());
	return pages;
}
