/** Pagefind indexes only the pages that mark their body (and, once any page does, no other). */
export const indexedPageMark = 'data-pagefind-body';

/**
 * How the article and reference templates open the element they mark. Nothing before it on a
 * page can write it but a template: writers' text there (titles in menus, breadcrumbs and meta
 * tags) reaches the page with its `<` and `"` escaped.
 */
const indexedElementStart = `<article class="article" ${indexedPageMark}`;

/**
 * What Pagefind reads outside the marked element: its other attributes (metadata and filters
 * are taken from anywhere on the page) and a first `<h1>` (the default title).
 */
const readOutsideBody = /data-pagefind-|<h1[\s>]/i;

/**
 * What Pagefind is sent of a page: the page's `<html>` tag, then everything from the marked
 * element on. Parsing the head, menus and sidebar before that element took a third of
 * Pagefind's time, and they give it nothing to read: the bundle it writes is byte for byte the
 * same (tests/e2e/search-indexes-read-only-what-pagefind-indexes.spec.ts). A page is sent whole
 * when it opens its marked element otherwise, has none, or has something Pagefind reads before
 * it (`readOutsideBody`). Taking the part of a part changes nothing.
 * @example indexedPart('<!DOCTYPE html><html lang="de"><head>…</head><body><nav>…</nav><article class="article" data-pagefind-body>…') // '<html lang="de"><body><article class="article" data-pagefind-body>…'
 */
export function indexedPart(html: string): string {
	const start = html.indexOf(indexedElementStart);
	const htmlTag = html.indexOf('<html');
	const htmlTagEnd = html.indexOf('>', htmlTag);
	if (start < 0 || htmlTag < 0 || htmlTagEnd < 0 || htmlTagEnd > start) return html;
	if (readOutsideBody.test(html.slice(0, start))) return html;
	// Without the `<html>` tag, Pagefind indexed next to nothing of the article.
	return `${html.slice(htmlTag, htmlTagEnd + 1)}<body>${html.slice(start)}`;
}
