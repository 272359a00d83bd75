// A copy of this project's code in a folder of its own, for the benchmarks and the tests that
// build, serve or edit a site without touching the project's content.
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project this script belongs to. */
const project = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** What every copy holds: the code and configuration a build needs, no content. */
const code = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts'];

/**
 * Copies the project's code, and the content paths asked for, into `root` (an empty
 * `content/` when none is), with `node_modules` linked rather than copied. Returns `root`.
 * @example const root = copyProject(mkdtempSync(join(tmpdir(), 'build-')), ['content/reference'])
 */
export function copyProject(root, content = []) {
	for (const path of [...code, ...content])
		cpSync(join(project, path), join(root, path), { recursive: true });
	mkdirSync(join(root, 'content'), { recursive: true });
	symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));
	return root;
}
