import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Compiled article HTML lives in the build cache, one file per entry digest, not in the data
 * store: Astro inlines the whole store into the server bundle, and thousands of articles' HTML
 * there cost the build most of its memory. A page reads its article's file when it renders. The
 * dev server and builds have data stores of their own, so each has its own folder.
 */
export function articleHtmlDir(cacheDir: URL, mode: 'build' | 'dev'): string {
	return join(fileURLToPath(cacheDir), 'article-html', mode);
}

/**
 * The file of an entry digest's HTML.
 * @example articleHtmlFile(dir, 'a1b2c3') // '<dir>/a1b2c3.html'
 */
export function articleHtmlFile(dir: string, digest: string): string {
	return join(dir, `${digest}.html`);
}

/**
 * The file of an article's Markdown body (markdown-twin.ts), beside its HTML.
 * @example articleTwinFile('<dir>/a1b2c3.html') // '<dir>/a1b2c3.md'
 */
export function articleTwinFile(htmlFile: string): string {
	return htmlFile.replace(/\.html$/, '.md');
}

/** Writes an article's HTML (or its Markdown body) to its file in the cache (its folder made the first time). */
export function writeArticleHtml(path: string, html: string): void {
	try {
		writeFileSync(path, html);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, html);
	}
}

/** Reads the HTML (or Markdown body) an entry's compilation wrote; a missing file is an error naming it. */
export function readArticleHtml(path: string, entryId: string): string {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		throw new Error(
			`${entryId}: its compiled file (${path}) is missing from the build cache; build again with --force`,
		);
	}
}

/** Removes the HTML (and Markdown) files of digests no entry has any more. */
export function pruneArticleHtml(dir: string, kept: ReadonlySet<string>): void {
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return;
	}
	for (const name of names)
		if (!kept.has(join(dir, name.replace(/\.md$/, '.html'))))
			rmSync(join(dir, name), { force: true });
}
