import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { siteInputsKey } from '../../../src/build/site-inputs.ts';

/** A project folder with a file in each kind of input. */
function project(): string {
	const root = mkdtempSync(join(tmpdir(), 'site-inputs-'));
	for (const file of [
		'src/layouts/Page.astro',
		'content/reference/oauth-errors.yaml',
		'content/articles/en-us/a.mdx',
		'package-lock.json',
	])
		write(root, file, 'first');
	return root;
}

function write(root: string, file: string, text: string): void {
	mkdirSync(dirname(join(root, file)), { recursive: true });
	writeFileSync(join(root, file), text);
}

const env = { SITE_URL: 'https://docs.example.com' };

test.each([
	'src/layouts/Page.astro',
	'content/reference/oauth-errors.yaml',
	'package-lock.json',
	'public/logo.svg',
])('a change to %s renders every page again', (file) => {
	const root = project();
	const before = siteInputsKey(root, null, env);
	write(root, file, 'second');
	expect(siteInputsKey(root, null, env)).not.toBe(before);
});

test('an article is not a site input: each page names the articles it shows', () => {
	const root = project();
	const before = siteInputsKey(root, null, env);
	write(root, 'content/articles/en-us/a.mdx', 'second');
	write(root, 'content/articles/de-de/a.mdx', 'new');
	expect(siteInputsKey(root, null, env)).toBe(before);
});

test("the site's configuration from the environment and the build's settings are inputs", () => {
	const root = project();
	const before = siteInputsKey(root, null, env);
	expect(siteInputsKey(root, null, { SITE_URL: 'https://other.example.com' })).not.toBe(before);
	expect(siteInputsKey(root, { base: '/docs' }, env)).not.toBe(before);
	expect(siteInputsKey(root, null, { ...env, UNRELATED: '1' })).toBe(before);
});
