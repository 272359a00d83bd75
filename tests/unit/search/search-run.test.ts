import { expect, test } from 'vitest';
import type { Row } from '../../../src/search/full-text.ts';
import { mergeRows, pinnedRows } from '../../../src/search/search-run.ts';
import { titleMatches } from '../../../src/search/full-text.ts';

const row = (url: string, extra: Partial<Row> = {}): Row => ({
	url,
	title: url,
	locale: url.split('/')[1] ?? '',
	kind: 'article',
	...extra,
});

test("a code two articles claim pins both, in the reader's locale, titled when the title is known", () => {
	const rows = pinnedRows(
		[
			{ kind: 'article', slug: 'aadsts50011', code: 'AADSTS50011', also: ['reply-url-mismatch'] },
			{ kind: 'reference', code: 'invalid_grant' },
		],
		'ja-jp',
		new Map([['/ja-jp/troubleshoot/aadsts50011/', 'エラー AADSTS50011']]),
	);
	expect(rows.map((r) => [r.url, r.title, r.exact])).toEqual([
		['/ja-jp/troubleshoot/aadsts50011/', 'エラー AADSTS50011', true],
		['/ja-jp/troubleshoot/reply-url-mismatch/', 'AADSTS50011', true],
		['/ja-jp/reference/oauth-errors/invalid_grant/', 'invalid_grant', true],
	]);
});

test("stages keep their order, each page once; English pages of articles already listed in the reader's language are left out", () => {
	const merged = mergeRows(
		[
			[row('/de-de/troubleshoot/a/', { exact: true })],
			[row('/de-de/troubleshoot/a/'), row('/de-de/troubleshoot/b/')],
			[row('/de-de/troubleshoot/c/', { partial: true })],
			[row('/en-us/troubleshoot/b/'), row('/en-us/troubleshoot/d/')],
		],
		3,
	);
	expect(merged.map((r) => r.url)).toEqual([
		'/de-de/troubleshoot/a/',
		'/de-de/troubleshoot/b/',
		'/de-de/troubleshoot/c/',
		'/en-us/troubleshoot/d/',
	]);
});

test('a reference entry keeps its rank among articles only when its title has every word', () => {
	expect(titleMatches('invalid_redirect_uri – OAuth error reference', ['redirect', 'uri'])).toBe(
		true,
	);
	expect(titleMatches('invalid_grant – OAuth error reference', ['redirect'])).toBe(false);
	expect(titleMatches('invalid_grant', [])).toBe(false);
});
