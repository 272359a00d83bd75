import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempProject } from '../helpers/temp-project.ts';

const run = (root: string, name: string, ...args: string[]) => {
	const result = spawnSync(process.execPath, [resolve(`src/cli/${name}.ts`), ...args], {
		cwd: root,
		encoding: 'utf8',
	});
	return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
};
const article = readFileSync('tests/unit/l10n/fixtures/every-kind.mdx', 'utf8');
const importUsage = 'Usage: npm run l10n:import -- <file.xlf>… [--partial] [--type HT|MT]';

describe('the l10n commands', () => {
	const root = tempProject({ 'content/articles/en-us/every-kind.mdx': article });

	test('export refuses a missing, unknown or source locale and unknown options with its usage', () => {
		const usage =
			'Usage: npm run l10n:export -- --locale <locale> [--all] [--out <folder>] [--pseudo]';
		expect(run(root, 'l10n-export')).toEqual({ status: 2, stdout: '', stderr: usage });
		expect(run(root, 'l10n-export', '--locale', 'en-us')).toEqual({
			status: 2,
			stdout: '',
			stderr: `unknown locale "en-us": expected one of zh-cn, ja-jp, de-de, fr-fr, ar-sa\n${usage}`,
		});
		expect(run(root, 'l10n-export', '--locale', 'ja-jp', '--force')).toEqual({
			status: 2,
			stdout: '',
			stderr: `Unknown option '--force'\n${usage}`,
		});
	}, 60_000);

	test('import refuses no files, a bad --type, broken XML and a file in another locale’s folder, naming file and line', () => {
		expect(run(root, 'l10n-import')).toEqual({ status: 2, stdout: '', stderr: importUsage });
		expect(run(root, 'l10n-import', '--type', 'XT', 'a.xlf')).toEqual({
			status: 2,
			stdout: '',
			stderr: `--type XT: expected HT (human) or MT (machine translation)\n${importUsage}`,
		});
		expect(run(root, 'l10n-export', '--locale', 'ja-jp', '--pseudo').stdout).toBe(
			'xliff/ja-jp/every-kind.xlf: 13 units, 13 to translate\n1 file written for ja-jp, 13 units to translate',
		);
		const xliff = readFileSync(join(root, 'xliff/ja-jp/every-kind.xlf'), 'utf8');
		mkdirSync(join(root, 'xliff/fr-fr'));
		writeFileSync(join(root, 'xliff/fr-fr/every-kind.xlf'), xliff);
		writeFileSync(
			join(root, 'xliff/broken.xlf'),
			xliff.replace('<segment id="s1" state="translated">', '<segment id="s1" state="translated"'),
		);
		expect(run(root, 'l10n-import', 'xliff/fr-fr/every-kind.xlf', 'xliff/broken.xlf')).toEqual({
			status: 1,
			stdout: '0 imported, 2 refused',
			stderr:
				'xliff/fr-fr/every-kind.xlf:2  trgLang="ja-JP" is not the language of the folder it is in (fr-fr)\nxliff/broken.xlf:14  expected a tag such as <unit id="…"> at “<segment id="s1" state="transl”',
		});
		expect(run(root, 'l10n-import', 'xliff/ja-jp/every-kind.xlf')).toEqual({
			status: 0,
			stdout:
				'xliff/ja-jp/every-kind.xlf → content/articles/ja-jp/every-kind.mdx: 13 units\n1 imported, 0 refused',
			stderr: '',
		});
		expect(readFileSync(join(root, 'content/articles/ja-jp/every-kind.mdx'), 'utf8')).toContain(
			'\nms.contentlocale: ja-JP\nms.translationtype: HT\n',
		);
	}, 60_000);
});
