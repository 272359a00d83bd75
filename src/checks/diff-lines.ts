import { execFileSync } from 'node:child_process';

/** The lines a change added or modified, per file (project-relative paths). */
export type ChangedLines = Map<string, Set<number>>;

/**
 * Reads the lines of `git diff --unified=0` output that the change added or modified.
 * @example changedLinesOf('+++ b/a.mdx\n@@ -3,0 +4,2 @@\n') // Map { 'a.mdx' => Set { 4, 5 } }
 */
export function changedLinesOf(diff: string): ChangedLines {
	const lines: ChangedLines = new Map();
	let file: string | undefined;
	for (const line of diff.split('\n')) {
		const target = /^\+\+\+ (?:b\/)?(.*)$/.exec(line);
		if (target) {
			file = target[1] === '/dev/null' ? undefined : target[1];
			continue;
		}
		const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
		if (!hunk || !file) continue;
		const start = Number(hunk[1]);
		const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
		const set = lines.get(file) ?? new Set<number>();
		for (let n = start; n < start + count; n++) set.add(n);
		lines.set(file, set);
	}
	return lines;
}

/** The lines changed between a base commit (its merge base with HEAD) and the working tree. */
export function changedLinesSince(root: string, base: string): ChangedLines {
	const diff = execFileSync(
		'git',
		['diff', '--unified=0', '--no-color', '--no-ext-diff', '--merge-base', base],
		{ cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
	);
	return changedLinesOf(diff);
}
