import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Where articles live, relative to the project root. */
export const articlesDir = 'content/articles';

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

/**
 * Reads every `content/articles/<folder>/<name>.mdx` file below a project root, sorted by path so
 * that everything built from it is deterministic.
 */
export async function readArticleFiles(root: string): Promise<ArticleFile[]> {
	const base = join(root, articlesDir);
	const entries = await readdir(base, { recursive: true, withFileTypes: true });
	const files = entries
		.filter((e) => e.isFile() && e.name.endsWith('.mdx'))
		.map((e) => join(e.parentPath, e.name))
		.sort();
	return Promise.all(
		files.map(async (path) => {
			const file = relative(root, path).split('\\').join('/');
			const [folder = '', name = ''] = relative(base, path).split(/[\\/]/);
			return { file, folder, slug: name.replace(/\.mdx$/, ''), source: await readFile(path, 'utf8') };
		}),
	);
}
