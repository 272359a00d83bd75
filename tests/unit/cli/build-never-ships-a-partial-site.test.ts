import { spawn, spawnSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { copyProject } from '../../../scripts/project-copy.mjs';

/** A copy of the project (its registry, no articles) to build in. */
function projectCopy(): string {
	const root = copyProject(mkdtempSync(join(tmpdir(), 'build-')), ['content/reference']);
	mkdirSync(join(root, 'content/articles/en-us'), { recursive: true });
	return root;
}

const leftovers = (root: string) => readdirSync(root).filter((name) => name.startsWith('.dist-'));

test('a failed build names the problem and leaves the previous dist/ as it was', () => {
	const root = projectCopy();
	writeFileSync(
		join(root, 'content/articles/en-us/a.mdx'),
		'---\ntitle: A\nms.date: 2021-03-19\n---\nText.\n',
	);
	mkdirSync(join(root, 'dist'));
	writeFileSync(join(root, 'dist/index.html'), 'the previous site');
	const path = `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`;
	const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, PATH: path },
	});
	expect(result.status).not.toBe(0);
	expect(`${result.stdout}${result.stderr}`).toContain(
		'content/articles/en-us/a.mdx:3:10  error  field "ms.date"',
	);
	expect(result.stderr).toContain('Build failed: dist/ was left unchanged.');
	expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('the previous site');
	expect(leftovers(root)).toEqual([]);
}, 60_000);

test('a build killed half-way stops writing, and the next build succeeds and cleans up after it', async () => {
	const root = projectCopy();
	writeFileSync(
		join(root, 'content/articles/en-us/a.mdx'),
		'---\ntitle: A\nms.date: 03/19/2021\n---\nText.\n',
	);
	const killed = spawn(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'ignore' });
	// Kill it (not a process group: the build itself) once it has started writing its output.
	await new Promise<void>((done) => {
		const poll = setInterval(() => {
			if (leftovers(root).length > 0) {
				clearInterval(poll);
				killed.kill('SIGKILL');
				done();
			}
		}, 20);
	});
	await new Promise((done) => killed.once('exit', done));
	const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
		cwd: root,
		encoding: 'utf8',
	});
	expect(result.status, result.stderr).toBe(0);
	expect(existsSync(join(root, 'dist/en-us/troubleshoot/a/index.html'))).toBe(true);
	expect(leftovers(root)).toEqual([]);
}, 120_000);

test('an unknown option gets the usage, not a stack trace', () => {
	const result = spawnSync(process.execPath, ['scripts/build.mjs', '--frce'], { encoding: 'utf8' });
	expect(result.status).toBe(2);
	const [first, ...usage] = result.stderr.split('\n');
	expect(first).toMatch(/^Unknown option '--frce'/);
	expect(usage).toEqual([
		'Usage: npm run build [-- --force] [--production]',
		'  --force       build every article again, ignoring the build cache',
		"  --production  a build for deployment: the site's origin must be set (site.config.yaml or SITE_URL)",
		'',
	]);
});
