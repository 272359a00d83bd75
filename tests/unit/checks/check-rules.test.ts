import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runChecks } from '../../../src/build/project.ts';
import { annotation, formatReport } from '../../../src/diagnostics/report.ts';
import { findUiStringProblems } from '../../../src/i18n/ui-completeness.ts';
import { tempProject } from '../helpers/temp-project.ts';

const fixtures = 'tests/unit/checks/fixtures';

/** The files of a fixture folder, by their path in the project (expected.txt aside). */
function filesOf(folder: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(folder, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile() && e.name !== 'expected.txt')
			.map((e) => [
				relative(folder, join(e.parentPath, e.name)),
				readFileSync(join(e.parentPath, e.name), 'utf8'),
			]),
	);
}

describe('npm run check: one fixture per rule, exact messages and positions', () => {
	for (const name of readdirSync(fixtures).sort()) {
		test(name, async () => {
			const diagnostics = await runChecks(tempProject(filesOf(join(fixtures, name))));
			await expect(
				`${formatReport(diagnostics, { github: false }).join('\n')}\n`,
			).toMatchFileSnapshot(`./fixtures/${name}/expected.txt`);
		});
	}
});

describe('UI-string completeness', () => {
	test('finds missing keys, plural forms by language, and keys en-us lacks', () => {
		const problems = findUiStringProblems({
			'en-us': { 'a.title': 'Title', 'a.count_one': 'one', 'a.count_other': 'many' },
			'ja-jp': { 'a.title': 'タイトル', 'a.count_other': '件' },
			'ar-sa': { 'a.title': 'عنوان', 'a.count_other': 'x', 'a.extra': 'y' },
		});
		expect(problems.filter((p) => p.locale === 'ja-jp')).toEqual([]);
		expect(
			problems.filter((p) => p.locale === 'ar-sa').map((p) => `${p.problem} ${p.key}`),
		).toEqual([
			'missing a.count_few',
			'missing a.count_many',
			'missing a.count_one',
			'missing a.count_two',
			'missing a.count_zero',
			'unexpected a.extra',
		]);
		expect(problems.filter((p) => p.locale === 'de-de').map((p) => p.key)).toEqual([
			'a.count_one',
			'a.count_other',
			'a.title',
		]);
	});
});

describe('reporting', () => {
	test('GitHub annotations carry file, line and column, escaped', () => {
		expect(
			annotation({
				file: 'content/articles/en-us/a,b.mdx',
				line: 3,
				column: 7,
				severity: 'error',
				message: 'bad: 100%\nreally',
				rule: 'front-matter',
			}),
		).toBe(
			'::error file=content/articles/en-us/a%2Cb.mdx,line=3,col=7,title=front-matter::bad: 100%25%0Areally',
		);
	});

	test('a clean project says so', async () => {
		const diagnostics = await runChecks(
			tempProject({
				'content/articles/en-us/a.mdx': '---\ntitle: A\nms.date: 03/19/2021\n---\nText.\n',
			}),
		);
		expect(formatReport(diagnostics, { github: false })).toEqual(['No problems found.']);
	});
});
