import { describe, expect, test } from 'vitest';
import { promptStart, startFiles, withStartFiles } from '../../../src/search/search-start-files.ts';

const entry =
	'{"version":"1.6.0","languages":{"de":{"hash":"de_3f1a","wasm":"de","page_count":53}}}';

describe('startFiles: what Pagefind fetches before its first search', () => {
	test('the tagged entry, the metadata, the WebAssembly and every filter chunk, in that order', () => {
		const { tag, files } = startFiles(entry, ['filter/de_b.pf_filter', 'filter/de_a.pf_filter']);
		expect(tag).toMatch(/^[0-9a-f]{16}$/);
		expect(files).toEqual([
			`pagefind-entry.json?ts=${tag}`,
			'pagefind.de_3f1a.pf_meta',
			'wasm.de.pagefind',
			'filter/de_a.pf_filter',
			'filter/de_b.pf_filter',
		]);
	});

	test('a language without a stemmer loads the generic WebAssembly', () => {
		const zh = '{"version":"1.6.0","languages":{"zh":{"hash":"zh_9","wasm":null,"page_count":1}}}';
		expect(startFiles(zh, []).files.slice(1)).toEqual([
			'pagefind.zh_9.pf_meta',
			'wasm.unknown.pagefind',
		]);
	});

	test('the tag follows the bundle: same files, same tag; another index, another tag', () => {
		expect(startFiles(entry, []).tag).toBe(startFiles(entry, []).tag);
		expect(startFiles(entry.replace('de_3f1a', 'de_77'), []).tag).not.toBe(
			startFiles(entry, []).tag,
		);
		expect(startFiles(entry, ['filter/x.pf_filter']).tag).not.toBe(startFiles(entry, []).tag);
	});
});

describe('withStartFiles: the search page preloads them after its engine', () => {
	const page =
		'<head><link rel="modulepreload" href="/pagefind/de-de/pagefind.js" data-search-engine="de-de"><script>…</script></head>';

	test('each file is a fetch preload, the entry carrying the tag', () => {
		const html = withStartFiles(page, '/pagefind/de-de/', {
			tag: 'abc',
			files: ['pagefind-entry.json?ts=abc', 'wasm.de.pagefind'],
		});
		expect(html).toBe(
			'<head><link rel="modulepreload" href="/pagefind/de-de/pagefind.js" data-search-engine="de-de">' +
				'<link rel="preload" as="fetch" crossorigin="anonymous" href="/pagefind/de-de/pagefind-entry.json?ts=abc" data-meta-cache-tag="abc">' +
				'<link rel="preload" as="fetch" crossorigin="anonymous" href="/pagefind/de-de/wasm.de.pagefind">' +
				'<script>…</script></head>',
		);
	});

	test('a page without the engine preload is an error, not a page left slow', () => {
		expect(() =>
			withStartFiles('<head></head>', '/pagefind/de-de/', { tag: 'a', files: [] }),
		).toThrow(
			"the search page has no <link data-search-engine> (SearchEngineStart.astro) to put the engine's start-up files after",
		);
	});
});

describe('promptStart: the engine polls for its start every 5 ms instead of 50', () => {
	const loop =
		'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}return 1}';

	test('only the start-up wait changes', () => {
		const js = `x();${loop};other(){await asyncSleep(50)}`;
		expect(promptStart(js)).toBe(
			'x();async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(5);}return 1};other(){await asyncSleep(50)}',
		);
	});

	test('a pagefind.js without that loop (another Pagefind version) is an error', () => {
		expect(() => promptStart('async getPtr(){return this.raw_ptr}')).toThrow(
			/^pagefind\.js has changed: its start-up wait \(getPtr polling every 50 ms\) was not found/,
		);
	});
});
