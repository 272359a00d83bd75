import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyProject } from '../../../scripts/project-copy.mjs';

/** A copy of the project with one article and no site configuration, and an earlier dist/. */
function project(): string {
	const root = copyProject(mkdtempSync(join(tmpdir(), 'deploy-')), ['content/reference']);
	mkdirSync(join(root, 'content/articles/en-us'), { recursive: true });
	writeFileSync(
		join(root, 'content/articles/en-us/a.mdx'),
		'---\ntitle: A\nms.date: 03/19/2021\n---\nText.\n',
	);
	mkdirSync(join(root, 'dist'));
	writeFileSync(join(root, 'dist/index.html'), 'the previous site');
	return root;
}

const path = `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`;
/** Runs `npm run build` in a project with no origin anywhere (the test's own SITE_URL removed). */
const build = (root: string, args: string[], env: Record<string, string>) =>
	spawnSync(process.execPath, ['scripts/build.mjs', ...args], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, PATH: path, SITE_URL: '', CI: '', ...env },
	});

describe('a build for deployment without an origin fails, saying what to set', () => {
	test.each([
		['npm run build -- --production', ['--production'], {}, '--production was given'],
		['npm run build under CI', [], { CI: 'true' }, 'CI is set (CI=true)'],
	] as const)(
		'%s',
		(_name, args, env, why) => {
			const root = project();
			const result = build(root, [...args], env);
			expect(result.status).not.toBe(0);
			expect(`${result.stdout}${result.stderr}`).toContain(
				`This is a build for deployment (${why}), but the site's origin is not set, so canonical, hreflang, sitemap and llms.txt URLs would point at http://localhost:4321. Set it in site.config.yaml (origin: https://docs.example.com) or with the SITE_URL environment variable.`,
			);
			expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('the previous site');
			expect(existsSync(join(root, '.dist-next'))).toBe(false);
		},
		60_000,
	);

	test('with an origin, the same production build succeeds', () => {
		const root = project();
		const result = build(root, ['--production'], { SITE_URL: 'https://docs.example.com' });
		expect(result.stderr).not.toContain('Build failed');
		expect(result.status).toBe(0);
		expect(readFileSync(join(root, 'dist/en-us/troubleshoot/a/index.html'), 'utf8')).toContain(
			'<link rel="canonical" href="https://docs.example.com/en-us/troubleshoot/a/">',
		);
	}, 120_000);
});
