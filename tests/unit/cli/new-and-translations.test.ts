import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempProject } from '../helpers/temp-project.ts';

const cli = (name: string) => resolve(`src/cli/${name}.ts`);
/** Runs a CLI of the project in another folder, with the project's own Node. */
function run(root: string, name: string, ...args: string[]) {
	const result = spawnSync(process.execPath, [cli(name), ...args], { cwd: root, encoding: 'utf8' });
	return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}
const source = '---\ntitle: Source\nms.date: 03/19/2021\n---\n## Cause\n\nText.\n';

describe('npm run new', () => {
	test('scaffolds a source article with the Learn sections and its code', () => {
		const root = tempProject();
		expect(run(root, 'new', 'aadsts700016')).toEqual({
			status: 0,
			stdout: 'Created content/articles/en-us/aadsts700016.mdx.',
			stderr: '',
		});
		const text = readFileSync(join(root, 'content/articles/en-us/aadsts700016.mdx'), 'utf8');
		expect(text).toMatch(/^---\ntitle: Error AADSTS700016 – Short summary of the problem\n/);
		expect(text).toContain('errorCodes:\n- AADSTS700016\n---\n## Symptoms\n');
		const check = run(root, 'check');
		expect(check.status).toBe(0);
		// Six of one kind: one line with the count and the command that lists them.
		expect(check.stdout.split('\n').slice(0, 2)).toEqual([
			'warning  6× placeholder-text in 1 file (first: content/articles/en-us/aadsts700016.mdx:2:29): npm run check -- --rule placeholder-text lists them',
			'',
		]);
		expect(check.stdout.split('\n').at(-1)).toBe('0 errors, 6 warnings in 1 file');
		const listed = run(root, 'check', '--rule', 'placeholder-text');
		expect(listed.stdout.split('\n').slice(0, 2)).toEqual([
			'content/articles/en-us/aadsts700016.mdx:2:29  warning  placeholder text "Short summary of the problem" from npm run new is still here: replace it with the article\'s own words  (placeholder-text)',
			'content/articles/en-us/aadsts700016.mdx:3:14  warning  placeholder text "One sentence for search results, saying what this article helps solve." from npm run new is still here: replace it with the article\'s own words  (placeholder-text)',
		]);
		expect(listed.stdout.split('\n').at(-1)).toBe(
			'0 errors, 6 warnings in 1 file (rule placeholder-text)',
		);
	}, 30_000);

	test('a scaffolded translation is a draft, not translated, until its body differs from the source', () => {
		const root = tempProject({ 'content/articles/en-us/a.mdx': source });
		expect(run(root, 'new', 'a', '--locale', 'de-de').status).toBe(0);
		expect(run(root, 'translations').stdout).toContain(
			'0 current, 0 outdated, 5 not translated (fallback), 1 sources',
		);
		const file = join(root, 'content/articles/de-de/a.mdx');
		writeFileSync(file, readFileSync(file, 'utf8').replace('Text.', 'Text auf Deutsch.'));
		expect(run(root, 'translations').stdout).toContain(
			'1 current, 0 outdated, 4 not translated (fallback), 1 sources',
		);
	}, 30_000);

	test('scaffolds a translation with its locale and the hash of the current source', () => {
		const root = tempProject({ 'content/articles/en-us/a.mdx': source });
		expect(run(root, 'new', 'a', '--locale', 'ar-sa').status).toBe(0);
		const text = readFileSync(join(root, 'content/articles/ar-sa/a.mdx'), 'utf8');
		expect(text).toMatch(
			/\nms\.contentlocale: ar-SA\nms\.translationtype: HT\nsourceHash: "[0-9a-f]{16}"\n---\n/,
		);
		expect(run(root, 'check').stdout).toBe('No problems found.');
	});

	test.each([
		[['a'], 'content/articles/en-us/a.mdx already exists: edit it instead'],
		[
			['Bad_Slug'],
			'"Bad_Slug" is not a valid slug: use lowercase letters, digits and single hyphens, such as aadsts700016',
		],
		[
			['a', '--locale', 'pt-br'],
			'unknown locale "pt-br": expected one of en-us, zh-cn, ja-jp, de-de, fr-fr, ar-sa (declared in src/i18n/locales.ts)',
		],
		[
			['b', '--locale', 'ja-jp'],
			'content/articles/en-us/b.mdx does not exist: write the source article first (npm run new -- b)',
		],
	])('refuses %j with a clear message', (args, message) => {
		const root = tempProject({ 'content/articles/en-us/a.mdx': source });
		expect(run(root, 'new', ...args)).toEqual({ status: 1, stdout: '', stderr: message });
		expect(existsSync(join(root, 'content/articles/pt-br'))).toBe(false);
	});
});

describe('npm run translations', () => {
	test('marks a translation current, and lists states with totals', () => {
		const root = tempProject({
			'content/articles/en-us/a.mdx': source,
			'content/articles/de-de/a.mdx': source
				.replace('Source', 'Quelle')
				.replace('Text.', 'Text auf Deutsch.'),
		});
		expect(run(root, 'translations').stdout).toContain(
			'0 current, 1 outdated, 4 not translated (fallback), 1 sources\noutdated: content/articles/de-de/a.mdx',
		);
		expect(
			run(root, 'translations', '--mark-current', 'content/articles/de-de/a.mdx').stdout,
		).toMatch(
			/^content\/articles\/de-de\/a\.mdx: sourceHash [0-9a-f]{16} \(content\/articles\/en-us\/a\.mdx\)$/,
		);
		expect(run(root, 'translations').stdout).toContain(
			'1 current, 0 outdated, 4 not translated (fallback), 1 sources',
		);
	}, 30_000);

	test('refuses to mark a source article', () => {
		const root = tempProject({ 'content/articles/en-us/a.mdx': source });
		expect(
			run(root, 'translations', '--mark-current', 'content/articles/en-us/a.mdx'),
		).toMatchObject({
			status: 1,
			stderr:
				'content/articles/en-us/a.mdx: this is a source article; mark its translations instead',
		});
	});
});

describe('npm run check', () => {
	test('exits 1 on errors and prints GitHub annotations under GitHub Actions', () => {
		const root = tempProject({
			'content/articles/en-us/a.mdx': '---\ntitle: A\nms.date: 2021-03-19\n---\n',
		});
		const result = spawnSync(process.execPath, [cli('check')], {
			cwd: root,
			encoding: 'utf8',
			env: { ...process.env, GITHUB_ACTIONS: 'true' },
		});
		expect(result.status).toBe(1);
		expect(result.stdout).toContain(
			'::error file=content/articles/en-us/a.mdx,line=3,col=10,title=front-matter::field "ms.date": expected a date written as MM/DD/YYYY',
		);
		expect(result.stdout.trim().split('\n').at(-1)).toBe('1 error, 0 warnings in 1 file');
	});
});
