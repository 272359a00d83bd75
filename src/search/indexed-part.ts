/** Pagefind indexes only the pages that mark their body (and, once any page does, no other). */
export const indexedPageMark = 'data-pagefind-body';

/**
 * How the article and reference templates open the element they mark. Only a template can write
 * it: writers' text reaches a page with its `<` and `"` escaped.
 */
const indexedElementStart = `<article class="article" ${indexedPageMark}`;

/**
 * What Pagefind is sent of a page: the page's `<html>` tag, then everything from the marked
 * element on. Pagefind reads only that element (the language is forced), and parsing the menus,
 * sidebar and head before it took a third of its time; the bundle it writes is byte for byte
 * the same (pagefind-index.test.ts). A page that opens its marked element otherwise, or has
 * none, is sent whole. Taking the part of a part changes nothing.
 */
export function indexedPart(html: string): string {
	const start = html.indexOf(indexedElementStart);
	const htmlTag = html.indexOf('<html');
	const htmlTagEnd = html.indexOf('>', htmlTag);
	if (start < 0 || htmlTag < 0 || htmlTagEnd < 0 || htmlTagEnd > start) return html;
	// Pagefind indexes nothing of a document without its `<html>` and `<body>`.
	return `${html.slice(htmlTag, htmlTagEnd + 1)}<body>${html.slice(start)}`;
}
