import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Compiled article HTML lives in the build cache, one file per entry digest, not in the data
 * store: Astro inlines the whole store into the server bundle, and thousands of articles' HTML
 * there cost the build most of its memory. A page reads its article's file when it renders.
 */
export function articleHtmlDir(cacheDir: URL): string {
	return join(fileURLToPath(cacheDir), 'article-html');
}

/**
 * Writes the HTML of an entry digest and returns the file's path.
 * @example writeArticleHtml(dir, 'a1b2c3', '<p>Text</p>') // '<dir>/a1b2c3.html'
 */
export function writeArticleHtml(dir: string, digest: string, html: string): string {
	mkdirSync(dir, { recursive: true });
	const path = join(dir, `${digest}.html`);
	writeFileSync(path, html);
	return path;
}

/** Reads the HTML an entry's compilation wrote; a missing file is an error naming it. */
export function readArticleHtml(path: string, entryId: string): string {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		throw new Error(`${entryId}: its compiled HTML (${path}) is missing from the build cache; build again with --force`);
	}
}

/** Removes the HTML files of digests no entry has any more. */
export function pruneArticleHtml(dir: string, kept: ReadonlySet<string>): void {
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return;
	}
	for (const name of names) if (!kept.has(join(dir, name))) rmSync(join(dir, name), { force: true });
}
