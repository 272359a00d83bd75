import { describe, expect, test } from 'vitest';
import type { ArticleFile } from '../../../src/content/article-files.ts';
import { formatDiagnostic } from '../../../src/diagnostics/diagnostics.ts';
import { validateArticles } from '../../../src/checks/rules/content-files.ts';

const valid = '---\ntitle: T\nms.date: 03/19/2021\n---\nBody\n';
const article = (folder: string, slug: string, source = valid): ArticleFile => ({
	file: `content/articles/${folder}/${slug}.mdx`,
	folder,
	slug,
	source,
});
const messages = (files: ArticleFile[]) => validateArticles(files).map(formatDiagnostic);

describe('validateArticles', () => {
	test('accepts a source and its translation', () => {
		const translation = '---\ntitle: T\nms.date: 03/19/2021\nms.contentlocale: zh-CN\n---\n';
		expect(
			messages([article('en-us', 'aadsts50000'), article('zh-cn', 'aadsts50000', translation)]),
		).toEqual([]);
	});

	test('rejects an unknown locale folder', () => {
		expect(messages([article('en-us', 'a'), article('pt-br', 'a')])).toEqual([
			'content/articles/pt-br/a.mdx:1:1  error  unknown locale folder "pt-br": expected one of en-us, zh-cn, ja-jp, de-de, fr-fr, ar-sa (declared in src/i18n/locales.ts)  (locale-folder)',
		]);
	});

	test('rejects a translation whose source does not exist', () => {
		expect(messages([article('ja-jp', 'aadsts99999')])).toEqual([
			'content/articles/ja-jp/aadsts99999.mdx:1:1  error  translation has no source: expected content/articles/en-us/aadsts99999.mdx to exist  (orphan-translation)',
		]);
	});

	test('rejects a file name that is not a slug', () => {
		expect(messages([article('en-us', 'AADSTS50000')])).toEqual([
			'content/articles/en-us/AADSTS50000.mdx:1:1  error  file name "AADSTS50000.mdx" is not a valid slug: expected lowercase letters, digits and single hyphens, such as aadsts50000.mdx  (slug)',
		]);
	});
});
