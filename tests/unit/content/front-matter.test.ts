import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../../src/diagnostics/diagnostics.ts';
import { lineOfField, validateFrontMatter } from '../../../src/content/front-matter.ts';

const file = 'content/articles/zh-cn/example.mdx';
const messages = (source: string) => validateFrontMatter(file, source).diagnostics.map(formatDiagnostic);
const seedPath = '../shared/seed/000_8b61593755d049a8.txt';

describe('front matter', () => {
	test('accepts the seed article in the project, every field kept as written', () => {
		const result = validateFrontMatter(file, readFileSync('content/articles/zh-cn/aadsts50000.mdx', 'utf8'));
		expect(result.diagnostics).toEqual([]);
		expect(result.data).toMatchObject({
			title: 'AADSTS50000 错误代码疑难解答',
			'ms.date': '03/19/2021',
			ROBOTS: 'NOINDEX, NOFOLLOW',
			'ms.custom': ['9801', '9005744'],
			'ms.translationtype': 'HT',
			'ms.contentlocale': 'zh-CN',
			'ms.lasthandoff': '08/05/2021',
			'ms.locfileid': '53939837',
		});
	});

	test.skipIf(!existsSync(seedPath))('accepts the original seed file from ../shared/seed (skipped where absent)', () => {
		expect(messages(readFileSync(seedPath, 'utf8'))).toEqual([]);
	});

	test('accepts an article carrying only Learn\'s own fields', () => {
		const source = '---\ntitle: A title\ndescription: What it solves.\nms.date: 01/16/2025\nms.topic: troubleshooting\nms.service: entra-id\nms.contentlocale: ja-JP\n---\nBody\n';
		expect(messages(source)).toEqual([]);
	});

	test('keeps fields it does not know, such as ms.reviewer', () => {
		const source = '---\ntitle: T\nms.date: 01/16/2025\nms.reviewer: someone\n---\n';
		expect(validateFrontMatter(file, source).data?.['ms.reviewer']).toBe('someone');
	});

	test('rejects a date that is not MM/DD/YYYY, naming line, column, field and value', () => {
		const source = '---\ntitle: T\nms.date: 2021-03-19\n---\n';
		expect(messages(source)).toEqual([
			'content/articles/zh-cn/example.mdx:3:10  error  field "ms.date": expected a date written as MM/DD/YYYY, such as 03/19/2021; got "2021-03-19"  (front-matter)',
		]);
	});

	test('rejects a missing title', () => {
		expect(messages('---\nms.date: 03/19/2021\n---\n')).toEqual([
			'content/articles/zh-cn/example.mdx:2:1  error  missing field "title": expected the article title as text  (front-matter)',
		]);
	});

	test('rejects an unknown translation type and a malformed error code, each on its own line', () => {
		const source = '---\ntitle: T\nms.date: 03/19/2021\nms.translationtype: AI\nerrorCodes:\n  - AADSTS50000\n  - 50011\n---\n';
		expect(messages(source)).toEqual([
			'content/articles/zh-cn/example.mdx:4:21  error  field "ms.translationtype": expected HT (human) or MT (machine translation); got "AI"  (front-matter)',
			'content/articles/zh-cn/example.mdx:7:5  error  field "errorCodes[1]": expected an AADSTS code such as AADSTS50000; got "50011"  (front-matter)',
		]);
	});

	test('rejects YAML that does not parse, at the line where it breaks', () => {
		const source = '---\ntitle: T\nms.date: "03/19/2021\n---\n';
		expect(messages(source)).toHaveLength(1);
		expect(messages(source)[0]).toMatch(/^content\/articles\/zh-cn\/example\.mdx:3:\d+ {2}error {2}front matter is not valid YAML: /);
	});

	test('rejects a content hash that YAML read as a number, saying to quote it', () => {
		expect(messages('---\ntitle: T\nsourceHash: 9373048239e53598\n---\n')).toEqual([
			'content/articles/zh-cn/example.mdx:3:13  error  field "sourceHash": expected the content hash as quoted text, such as "0a1b2c3d4e5f6789" (unquoted, YAML may read it as a number); got "9373048239e53598"  (front-matter)',
		]);
	});

	test('rejects a file without front matter', () => {
		expect(messages('# Title\n')).toEqual([
			'content/articles/zh-cn/example.mdx:1:1  error  expected front matter: a YAML block between two `---` lines at the top of the file  (front-matter)',
		]);
	});

	test('reads CRLF files with the same line numbers', () => {
		const source = '---\r\ntitle: T\r\nms.date: 3/19/2021\r\n---\r\n';
		expect(messages(source)).toEqual([
			'content/articles/zh-cn/example.mdx:3:10  error  field "ms.date": expected a date written as MM/DD/YYYY, such as 03/19/2021; got "3/19/2021"  (front-matter)',
		]);
	});
});

describe('lineOfField', () => {
	test('finds the line a field is written on, CRLF or not, and says 1 when it is absent', () => {
		expect(lineOfField('---\ntitle: A\nsourceHash: "ab"\n---\n', 'sourceHash')).toBe(3);
		expect(lineOfField('---\r\ntitle: A\r\nms.contentlocale: zh-TW\r\n---\r\n', 'ms.contentlocale')).toBe(3);
		expect(lineOfField('---\ntitle: A\n---\n', 'sourceHash')).toBe(1);
	});
});
