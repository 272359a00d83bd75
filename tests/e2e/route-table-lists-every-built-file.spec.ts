import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { loadProject } from '../../src/build/project.ts';
import { siteMap } from '../../src/checks/site-map.ts';

/** The URL path of a built file: a folder's index.html is the folder's URL. */
const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** Files the build copies or generates besides pages: assets, the search bundles, public/. */
const notPages = (file: string) =>
	file.startsWith('_astro/') || file.startsWith('pagefind/') || publicFiles.has(file);
const publicFiles = new Set(readdirSync('public', { recursive: true, encoding: 'utf8' }));

test('the route table the link check reads lists exactly the pages and files the build wrote', async () => {
	test.setTimeout(120_000);
	const built = readdirSync('dist', { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name).slice('dist/'.length))
		.filter((file) => !notPages(file))
		.map(urlOf)
		.sort();
	const routes = [...siteMap(await loadProject(process.cwd())).keys()].sort();
	expect(routes).toEqual(built);
});

test('no built page carries the dev server’s stale-content check', () => {
	const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((file) =>
		file.endsWith('.html'),
	);
	expect(pages.length).toBeGreaterThan(100);
	const withCheck = pages.filter((file) =>
		readFileSync(join('dist', file), 'utf8').includes('/_dev/content-generation'),
	);
	expect(withCheck).toEqual([]);
});
