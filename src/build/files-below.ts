import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The files below a folder, relative to it with `/` between folders, sorted; none when the folder
 * does not exist.
 * @example filesBelow('dist/pagefind/de-de') // ['filter/de_1.pf_filter', …, 'pagefind.js']
 */
export function filesBelow(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
		.sort();
}
