import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import troubleshootDocs from '../../../src/integration/index.ts';
import { tempProject } from '../helpers/temp-project.ts';

/** Runs the integration's setup hook on a project folder holding the given articles. */
async function setUp(files: Record<string, string>, command: 'build' | 'dev' = 'build') {
	const root = tempProject(files);
	const logged: string[] = [];
	const logger = { error: (m: string) => logged.push(`error: ${m}`), warn: (m: string) => logged.push(`warn: ${m}`) };
	const hook = troubleshootDocs().hooks['astro:config:setup'] as (options: unknown) => Promise<void>;
	const run = hook({ config: { root: pathToFileURL(`${root}/`) }, command, logger });
	return { run, logged };
}

describe('the integration validates content before Astro builds', () => {
	const broken = { 'content/articles/en-us/a.mdx': '---\ntitle: A\nms.date: 2021-03-19\n---\nText\n' };

	test('a build with a broken article stops, naming file, line, field and value', async () => {
		const { run, logged } = await setUp(broken);
		await expect(run).rejects.toThrow('Content has 1 error (listed above); fix them and build again. Nothing was written.');
		expect(logged).toEqual([
			'error: content/articles/en-us/a.mdx:3:10  error  field "ms.date": expected a date written as MM/DD/YYYY, such as 03/19/2021; got "2021-03-19"  (front-matter)',
		]);
	});

	test('the dev server reports the same problem and keeps running', async () => {
		const { run, logged } = await setUp(broken, 'dev');
		await expect(run).resolves.toBeUndefined();
		expect(logged).toHaveLength(1);
	});

	test('a broken registry stops the build too, naming its file and line', async () => {
		const { run, logged } = await setUp({ 'content/articles/en-us/a.mdx': '---\ntitle: A\nms.date: 03/19/2021\n---\n', 'content/reference/oauth-errors.yaml': 'codes: [' });
		await expect(run).rejects.toThrow('Content has 1 error');
		expect(logged).toHaveLength(1);
		expect(logged[0]).toMatch(/^error: content\/reference\/oauth-errors\.yaml:1:\d+ {2}error {2}not valid YAML: /);
	});

	test('valid content passes silently', async () => {
		const { run, logged } = await setUp({ 'content/articles/en-us/a.mdx': '---\ntitle: A\nms.date: 03/19/2021\n---\nText\n' });
		await expect(run).resolves.toBeUndefined();
		expect(logged).toEqual([]);
	});
});
