import { readdir, readFile } from 'node:fs/promises';
import pLimit from 'p-limit';
import { join, relative } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';

/** Where articles live, relative to the project root. */
export const articlesDir = 'content/articles';

/** Lowercase words of letters and digits joined by `-`: the slug is part of the URL. */
export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The file of an article in a locale (a folder name), relative to the project root.
 * @example articleSourcePath('zh-cn', 'aadsts50000') // 'content/articles/zh-cn/aadsts50000.mdx'
 */
export function articleSourcePath(folder: string, slug: string): string {
	return `${articlesDir}/${folder}/${slug}.mdx`;
}

/** An article file on disk, before validation. */
export interface ArticleFile {
	/** Path relative to the project root, such as `content/articles/zh-cn/aadsts50000.mdx`. */
	file: string;
	/** The folder name: a locale id when the folder is valid. */
	folder: string;
	/** The file name without `.mdx`. */
	slug: string;
	source: string;
}

/** The article files of a project, and the files below `content/articles/` that are not articles. */
export interface ArticleFiles {
	files: ArticleFile[];
	/** One error per file that is there but cannot be read as an article, saying why. */
	problems: Diagnostic[];
}

const rule = 'content-files';

/**
 * Reads every `content/articles/<folder>/<name>.mdx` file below a project root, sorted by path so
 * that everything built from it is deterministic. Nothing there is skipped without a word: a file
 * in a subfolder, with another extension (`.md`, `.MDX`), behind a symbolic link, or not in UTF-8
 * is an error naming it and what to do.
 */
export async function readArticleFiles(root: string): Promise<ArticleFiles> {
	const base = join(root, articlesDir);
	const entries = await readdir(base, { recursive: true, withFileTypes: true });
	const found = entries
		.filter((e) => !e.isDirectory())
		.map((e) => ({ path: join(e.parentPath, e.name), link: e.isSymbolicLink() }))
		.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	// Read many at a time (one at a time, thousands of files wait on each other), not all at once
	// (each read holds a file descriptor), keeping their order.
	const read = await pLimit(64).map(found, async ({ path, link }) => {
		const file = relative(root, path).split('\\').join('/');
		const parts = relative(base, path).split(/[\\/]/);
		const problem = shapeProblem(parts, link);
		return { file, parts, problem, decoded: problem ? undefined : decodeUtf8(await readFile(path)) };
	});
	const files: ArticleFile[] = [];
	const problems: Diagnostic[] = [];
	for (const { file, parts, problem, decoded } of read) {
		const [folder = '', name = ''] = parts;
		if (problem) problems.push({ file, line: 1, column: 1, severity: 'error', message: problem, rule });
		else if (typeof decoded === 'string') files.push({ file, folder, slug: name.slice(0, -'.mdx'.length), source: decoded });
		else if (decoded) problems.push({ file, ...decoded, severity: 'error', rule });
	}
	return { files, problems };
}

/** Why a path below content/articles/ (its parts below it; `link`: a symbolic link) cannot be an article, if it cannot. */
function shapeProblem(parts: readonly string[], link: boolean): string | undefined {
	const name = parts.at(-1) ?? '';
	if (link) return 'articles cannot be symbolic links: copy the file here instead (a link could point outside the project)';
	if (parts.length === 1) return `files directly in ${articlesDir}/ are not read: move it into a locale folder, such as ${articlesDir}/en-us/${name}`;
	if (parts.length > 2) return `articles cannot be in subfolders of a locale (the file name is the URL): move it to ${articlesDir}/${parts[0]}/${name}`;
	if (!name.endsWith('.mdx')) {
		const suggestion = name.replace(/\.(md|markdown|mdx)$/i, '.mdx');
		return suggestion !== name ? `expected the extension .mdx (lowercase); rename it to ${suggestion}` : `only .mdx articles belong in ${articlesDir}/ (images go beside the site's other assets, in public/)`;
	}
	return undefined;
}

/**
 * Decodes a file as UTF-8 (a byte order mark allowed), or says where the first byte that is not
 * UTF-8 is.
 * @example decodeUtf8(Buffer.from([0x61, 0x0a, 0xe9])) // { line: 2, column: 1, message: '…' }
 */
export function decodeUtf8(bytes: Uint8Array): string | { line: number; column: number; message: string } {
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		// Decode byte by byte: the decoder throws at the first byte that cannot continue.
		const decoder = new TextDecoder('utf-8', { fatal: true });
		let valid = 0;
		try {
			for (; valid < bytes.length; valid++) decoder.decode(bytes.subarray(valid, valid + 1), { stream: true });
			decoder.decode();
		} catch {
			// The bad sequence starts at its lead byte, up to three bytes back.
			for (let back = 1; back <= 3 && valid - back >= 0; back++) if ((bytes[valid - back] ?? 0) >= 0xc0) valid -= back;
		}
		const before = new TextDecoder().decode(bytes.subarray(0, valid));
		const lines = before.split('\n');
		const byte = bytes[valid]?.toString(16).toUpperCase().padStart(2, '0') ?? '';
		return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, message: `the file is not UTF-8 (byte 0x${byte} here): save it as UTF-8 in your editor (it may be Latin-1 or Windows-1252)` };
	}
}
