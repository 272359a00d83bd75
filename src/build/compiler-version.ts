import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Relative imports and re-exports of a module's source (`from './x.ts'`, `import './x.ts'`). */
const relativeImport = /(?:\bfrom|\bimport)\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/**
 * The project's source files that compiling an article runs: the compile worker and every module
 * it imports, followed through relative imports.
 * @example compilerSources().some((f) => f.endsWith('src/markdown/remark-alerts.ts')) // true
 */
function compilerSources(
	entry = fileURLToPath(new URL('./compile-worker.ts', import.meta.url)),
): string[] {
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file) || !existsSync(file)) return;
		seen.add(file);
		for (const match of readFileSync(file, 'utf8').matchAll(relativeImport))
			visit(resolve(dirname(file), match[1] ?? ''));
	};
	visit(entry);
	return [...seen].sort();
}

/**
 * A hash of what compiles articles: the source of the modules above and the installed packages'
 * versions (the lock file), so that changing a plugin recompiles every article and changing a
 * page template recompiles none. `entry` is the compile worker (another one in tests).
 */
export function compilerVersion(root: string, entry?: string): string {
	const hash = createHash('sha256');
	for (const file of compilerSources(entry))
		hash.update(file.slice(root.length)).update(readFileSync(file));
	const lock = join(root, 'package-lock.json');
	if (existsSync(lock)) hash.update(readFileSync(lock));
	return hash.digest('hex');
}
