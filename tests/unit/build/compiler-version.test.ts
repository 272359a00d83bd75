import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { compilerVersion } from '../../../src/build/compiler-version.ts';

// A copy of the project's src/ whose files the test edits, as a writer of plugins would.
const root = mkdtempSync(join(tmpdir(), 'compiler-version-'));
cpSync('src', join(root, 'src'), { recursive: true });
writeFileSync(join(root, 'package-lock.json'), '{ "lockfileVersion": 3 }\n');
const entry = join(root, 'src/build/compile-worker.ts');
const version = () => compilerVersion(root, entry);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('compilerVersion: what makes every article compile again', () => {
	test('a change to a plugin, a check or the front-matter schema changes it', () => {
		for (const file of [
			'src/markdown/remark-alerts.ts',
			'src/checks/rules/mdx-safety.ts',
			'src/content/front-matter-schema.ts',
			'src/reference/mentions.ts',
		]) {
			const before = version();
			appendFileSync(join(root, file), '\n// edited\n');
			expect(version(), file).not.toBe(before);
		}
	});

	test('a change to the installed packages (the lock file) changes it', () => {
		const before = version();
		appendFileSync(join(root, 'package-lock.json'), '\n');
		expect(version()).not.toBe(before);
	});

	test('a change to pages, components, layouts or search does not', () => {
		const before = version();
		for (const file of [
			'src/pages/index.astro',
			'src/components/Header.astro',
			'src/layouts/BaseLayout.astro',
			'src/search/search-page.ts',
		])
			appendFileSync(join(root, file), '\n<!-- edited -->\n');
		expect(version()).toBe(before);
	});
});
