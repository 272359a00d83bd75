import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { expect, test } from 'vitest';

test('a failed build names the problem and leaves the previous dist/ as it was', () => {
	const root = mkdtempSync(join(tmpdir(), 'build-'));
	for (const path of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts', 'content/reference']) cpSync(path, join(root, path), { recursive: true });
	symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
	mkdirSync(join(root, 'content/articles/en-us'), { recursive: true });
	writeFileSync(join(root, 'content/articles/en-us/a.mdx'), '---\ntitle: A\nms.date: 2021-03-19\n---\nText.\n');
	mkdirSync(join(root, 'dist'));
	writeFileSync(join(root, 'dist/index.html'), 'the previous site');
	const path = `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`;
	const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, encoding: 'utf8', env: { ...process.env, PATH: path } });
	expect(result.status).not.toBe(0);
	expect(`${result.stdout}${result.stderr}`).toContain('content/articles/en-us/a.mdx:3:10  error  field "ms.date"');
	expect(result.stderr).toContain('Build failed: dist/ was left unchanged.');
	expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('the previous site');
	expect(existsSync(join(root, '.dist-next'))).toBe(false);
}, 60_000);
