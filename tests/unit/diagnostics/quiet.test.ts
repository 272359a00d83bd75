import { describe, expect, test } from 'vitest';
import { changedLinesOf } from '../../../src/checks/diff-lines.ts';
import { newSince, quietLines } from '../../../src/diagnostics/quiet.ts';
import type { Diagnostic } from '../../../src/diagnostics/diagnostics.ts';

const warning = (file: string, line: number, rule = 'translation-outdated'): Diagnostic => ({
	file,
	line,
	column: 1,
	severity: 'warning',
	message: 'translation is outdated',
	rule,
});

describe('quiet output', () => {
	test('a warning that repeats is one line with its count, first place and the command listing them', () => {
		const outdated = ['ar-sa', 'de-de', 'fr-fr', 'ja-jp', 'zh-cn'].map((l) =>
			warning(`content/articles/${l}/a.mdx`, 22),
		);
		const error: Diagnostic = {
			file: 'content/articles/en-us/a.mdx',
			line: 3,
			column: 10,
			severity: 'error',
			message: 'bad date',
			rule: 'front-matter',
		};
		expect(
			quietLines([
				error,
				...outdated,
				warning('content/articles/en-us/b.mdx', 9, 'placeholder-text'),
			]),
		).toEqual([
			'content/articles/en-us/a.mdx:3:10  error  bad date  (front-matter)',
			'content/articles/en-us/b.mdx:9:1  warning  translation is outdated  (placeholder-text)',
			'warning  5× translation-outdated in 5 files (first: content/articles/ar-sa/a.mdx:22:1): npm run check -- --rule translation-outdated lists them',
		]);
	});

	test('up to three warnings of a rule are listed as they are', () => {
		const three = [1, 2, 3].map((n) => warning('a.mdx', n));
		expect(quietLines(three)).toEqual([
			'a.mdx:1:1  warning  translation is outdated  (translation-outdated)',
			'a.mdx:2:1  warning  translation is outdated  (translation-outdated)',
			'a.mdx:3:1  warning  translation is outdated  (translation-outdated)',
		]);
	});

	test('the dev server reports only what the previous load did not', () => {
		expect(
			newSince(new Set(['a.mdx:1:1  warning  translation is outdated  (translation-outdated)']), [
				warning('a.mdx', 1),
				warning('a.mdx', 2),
			]),
		).toEqual([warning('a.mdx', 2)]);
	});
});

describe('changed lines of a diff', () => {
	test('added and modified lines per file; deleted files and pure deletions add none', () => {
		const diff = [
			'diff --git a/a.mdx b/a.mdx',
			'--- a/a.mdx',
			'+++ b/a.mdx',
			'@@ -3,0 +4,2 @@',
			'+x',
			'+y',
			'@@ -10 +12 @@',
			'-old',
			'+new',
			'@@ -20,2 +21,0 @@',
			'--- a/gone.mdx',
			'+++ /dev/null',
			'@@ -1,3 +0,0 @@',
		].join('\n');
		expect(changedLinesOf(diff)).toEqual(new Map([['a.mdx', new Set([4, 5, 12])]]));
	});
});
