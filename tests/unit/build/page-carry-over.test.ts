import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import type { AstroPrerenderer } from 'astro';
import { filesBelow } from '../../../src/build/files-below.ts';
import {
	carryPagesOver,
	carryWhileRendering,
	finishCarryOver,
	needsRendering,
	startCarryOver,
} from '../../../src/build/page-carry-over.ts';

/** A project folder with one source file, and its build cache. */
function project() {
	const root = mkdtempSync(join(tmpdir(), 'carry-over-'));
	mkdirSync(join(root, 'src'));
	writeFileSync(join(root, 'src/page.ts'), 'export {};\n');
	return { root, cacheDir: pathToFileURL(`${join(root, '.cache')}/`) };
}

/**
 * One build of a one-page site whose page shows `text` (its only part), into a folder of its own.
 * Stops before the end when `interrupted`. Returns whether the page was rendered and the page.
 */
async function build(
	site: ReturnType<typeof project>,
	text: string,
	interrupted = false,
): Promise<{ rendered: boolean; page: string }> {
	startCarryOver(site.root, site.cacheDir, false);
	const out = mkdtempSync(join(site.root, 'dist-'));
	const file = 'en-us/troubleshoot/a/index.html';
	const rendered = needsRendering(file, [text]);
	if (rendered) {
		mkdirSync(dirname(join(out, file)), { recursive: true });
		writeFileSync(join(out, file), text);
	}
	await (
		await carryPagesOver(out)
	)?.kept;
	if (!interrupted) finishCarryOver({});
	return { rendered, page: readFileSync(join(out, file), 'utf8') };
}

test('an unchanged page is carried over from the last build, a changed one rendered', async () => {
	const site = project();
	expect(await build(site, 'first')).toEqual({ rendered: true, page: 'first' });
	expect(await build(site, 'first')).toEqual({ rendered: false, page: 'first' });
	expect(await build(site, 'second')).toEqual({ rendered: true, page: 'second' });
});

test('a build stopped after it started keeping its pages leaves no page to be carried over under old keys', async () => {
	const site = project();
	await build(site, 'first');
	// Stopped (Ctrl+C, a failed index) after its page replaced the cached one.
	await build(site, 'second', true);
	// Back to what the last finished build had: the cached file is the stopped build's.
	expect(await build(site, 'first')).toEqual({ rendered: true, page: 'first' });
	expect(await build(site, 'first')).toEqual({ rendered: false, page: 'first' });
});

test('the cached file of a page the site no longer has is removed', async () => {
	const site = project();
	await build(site, 'first');
	const cache = join(site.root, '.cache/pages/files');
	// One flat folder, each file named by its key (a 64-digit hash), no folder per page.
	const [name] = readdirSync(cache);
	expect(readdirSync(cache)).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/)]);
	expect(readFileSync(join(cache, name ?? ''), 'utf8')).toBe('first');
	startCarryOver(site.root, site.cacheDir, false);
	await (
		await carryPagesOver(mkdtempSync(join(site.root, 'dist-')))
	)?.kept;
	finishCarryOver({});
	expect(readdirSync(cache)).toEqual([]);
});

test('a changed page leaves only its new version in the cache, and files of an older layout are removed', async () => {
	const site = project();
	const old = join(site.root, '.cache/pages/files/en-us/troubleshoot/a/index.html');
	mkdirSync(dirname(old), { recursive: true });
	writeFileSync(old, 'from an older build');
	await build(site, 'first');
	await build(site, 'second');
	const cache = join(site.root, '.cache/pages/files');
	expect(readdirSync(cache).map((name) => readFileSync(join(cache, name), 'utf8'))).toEqual([
		'second',
	]);
});

/** Places `pages` in a first build's output and keeps them, as a build that rendered them does. */
async function firstBuild(site: ReturnType<typeof project>, pages: readonly string[]) {
	startCarryOver(site.root, site.cacheDir, false);
	const out = mkdtempSync(join(site.root, 'dist-'));
	for (const page of pages) {
		needsRendering(page, ['same']);
		mkdirSync(dirname(join(out, page)), { recursive: true });
		writeFileSync(join(out, page), page);
	}
	await (
		await carryPagesOver(out)
	)?.kept;
	finishCarryOver({});
}

/**
 * The second build of `count` unchanged pages, through `carryWhileRendering` with Astro's
 * prerenderer rendering with `render`, once every page is listed (Astro lists every route's
 * pages first: that is when each page says what it shows).
 */
async function secondBuild(count: number, render: () => Promise<Response>) {
	const site = project();
	const pages = Array.from({ length: count }, (_, i) => `en-us/troubleshoot/p${i}/index.html`);
	await firstBuild(site, pages);
	startCarryOver(site.root, site.cacheDir, false);
	const out = mkdtempSync(join(site.root, 'dist-'));
	const astro = {
		name: 'astro',
		getStaticPaths: async () => (pages.forEach((page) => needsRendering(page, ['same'])), []),
		render,
	} as unknown as AstroPrerenderer;
	const wrapped = carryWhileRendering(astro, out);
	await wrapped.getStaticPaths();
	return { pages, out, wrapped };
}

test('unchanged pages are placed in the output while the others render, not after', async () => {
	const { pages, out } = await secondBuild(1, async () => new Response('rendered'));
	const page = pages[0] ?? '';
	// Placed in the background, before the build is done with its pages.
	await expect.poll(() => existsSync(join(out, page))).toBe(true);
	const carried = await carryPagesOver(out);
	await carried?.kept;
	finishCarryOver({});
	expect(carried?.carried).toBe(1);
	expect(readFileSync(join(out, page), 'utf8')).toBe(page);
});

test('when Astro is done with its pages, every unchanged page is in place', async () => {
	const { pages, out, wrapped } = await secondBuild(300, async () => new Response('rendered'));
	await wrapped.teardown?.();
	expect(pages.filter((page) => !existsSync(join(out, page)))).toEqual([]);
	await (
		await carryPagesOver(out)
	)?.kept;
	finishCarryOver({});
});

test('a page that fails to render stops the placing: nothing is written to the output after', async () => {
	const { out, wrapped } = await secondBuild(1000, () =>
		Promise.reject(new Error('a broken page')),
	);
	await expect(wrapped.render(new Request('http://localhost/'), {} as never)).rejects.toThrow(
		'a broken page',
	);
	await wrapped.teardown?.();
	const placed = filesBelow(out).length;
	await new Promise((resolve) => setTimeout(resolve, 300));
	expect(filesBelow(out)).toHaveLength(placed);
	finishCarryOver({});
});

test('outside a build (the dev server) every page is rendered', () => {
	finishCarryOver({});
	expect(needsRendering('en-us/troubleshoot/a/index.html', ['first'])).toBe(true);
});
