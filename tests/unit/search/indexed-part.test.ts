import { describe, expect, test } from 'vitest';
import { indexedPart } from '../../../src/search/indexed-part.ts';

/** A page as the article template writes one, its sidebar holding a writer's title. */
const page = (title: string) =>
	[
		'<!DOCTYPE html><html lang="de-DE" dir="ltr" data-theme="light"><head><title>A</title></head>',
		`<body><nav><a href="/de-de/troubleshoot/b/">${title}</a></nav><main>`,
		'<article class="article" data-pagefind-body data-locale="de-de"><h1>A</h1>',
		'<span hidden data-pagefind-filter="kind">article</span><p>Text</p></article>',
		'<footer>Footer</footer></main></body></html>',
	].join('');

describe('indexedPart: what Pagefind is sent of a page', () => {
	test('the <html> tag, then the page from its marked article on', () => {
		expect(indexedPart(page('B'))).toBe(
			'<html lang="de-DE" dir="ltr" data-theme="light"><body><article class="article" data-pagefind-body data-locale="de-de"><h1>A</h1><span hidden data-pagefind-filter="kind">article</span><p>Text</p></article><footer>Footer</footer></main></body></html>',
		);
	});

	test('the part of a part is the part', () => {
		const part = indexedPart(page('B'));
		expect(indexedPart(part)).toBe(part);
	});

	test("a writer's text that reads like the marked article is not taken for it", () => {
		// Writers' text reaches the page escaped, as Astro writes it.
		const title = '&lt;article class=&quot;article&quot;&gt;';
		expect(indexedPart(page(title))).toBe(indexedPart(page('B')));
		// Text that names Pagefind's attributes before the article: the page is sent whole.
		const named = page('&lt;article class=&quot;article&quot; data-pagefind-body&gt;');
		expect(indexedPart(named)).toBe(named);
	});

	test('a page with something Pagefind reads before its marked article is sent whole', () => {
		for (const before of [
			'<meta data-pagefind-meta="image:/a.png">',
			'<span data-pagefind-filter="kind">article</span>',
			'<h1>A heading above the article</h1>',
		]) {
			const html = page('B').replace('<main>', `<main>${before}`);
			expect(indexedPart(html)).toBe(html);
		}
	});

	test('a page that marks another element, or none, is sent whole', () => {
		const other =
			'<!DOCTYPE html><html lang="en"><body><main data-pagefind-body>A</main></body></html>';
		expect(indexedPart(other)).toBe(other);
		expect(indexedPart('<html><body><p>404</p></body></html>')).toBe(
			'<html><body><p>404</p></body></html>',
		);
	});
});
