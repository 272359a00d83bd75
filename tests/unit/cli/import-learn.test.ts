import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

const cli = resolve('src/cli/import-learn.ts');
const importLearn = (...args: string[]) =>
	spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

test('import:learn ends with a count and exit code 0, and an unchanged second run writes nothing', () => {
	const out = join(mkdtempSync(join(tmpdir(), 'import-cli-')), 'content');
	const first = importLearn(
		'tests/unit/importer/fixtures/alerts',
		'--locale',
		'en-us',
		'--out',
		out,
	);
	expect(first.status).toBe(0);
	expect(first.stdout).toContain(
		`written ${join(out, 'articles/en-us/input.mdx')} from tests/unit/importer/fixtures/alerts/input.md`,
	);
	expect(first.stdout.trimEnd().split('\n').at(-1)).toBe(
		'1 imported (1 written, 0 unchanged), 0 warnings, 0 not imported, 0 edited and left alone; 7 of 7 text runs kept',
	);
	const second = importLearn(
		'tests/unit/importer/fixtures/alerts',
		'--locale',
		'en-us',
		'--out',
		out,
	);
	expect(second.stdout.trimEnd().split('\n').at(-1)).toBe(
		'1 imported (0 written, 1 unchanged), 0 warnings, 0 not imported, 0 edited and left alone; 7 of 7 text runs kept',
	);
}, 30_000);

test('a missing include fails its file at file:line, with exit code 1', () => {
	const out = join(mkdtempSync(join(tmpdir(), 'import-cli-')), 'content');
	const result = importLearn(
		'tests/unit/importer/fixtures/include-missing',
		'--locale',
		'en-us',
		'--out',
		out,
	);
	expect(result.status).toBe(1);
	expect(result.stdout).toContain(
		'not imported: tests/unit/importer/fixtures/include-missing/docs/input.md:7: include "includes/missing.md" (Gone) not found: looked beside the file and in the includes folders above it',
	);
}, 30_000);

test('unknown options and a missing locale get the usage, with exit code 2', () => {
	for (const args of [
		['x.md', '--locale', 'en-us', '--bogus'],
		['x.md'],
		['x.md', '--locale', 'pt-br'],
	]) {
		const result = importLearn(...args);
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(
			/Usage: npm run import:learn -- <file-or-folder>\.\.\. --locale <locale>|unknown locale "pt-br": expected one of en-us, zh-cn, ja-jp, de-de, fr-fr, ar-sa/,
		);
	}
}, 30_000);
