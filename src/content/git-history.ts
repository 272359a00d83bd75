import { execFileSync } from 'node:child_process';

/** Runs git, or returns undefined where there is no git or no history (a plain copy, CI cache). */
function git(args: string[]): string | undefined {
	try {
		return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 32 * 1024 * 1024 });
	} catch {
		return undefined;
	}
}

let lastDates: Map<string, Date> | undefined;

/**
 * The date of the last commit that changed a file, or undefined without git history. One
 * `git log` over the content folder answers for every file (a call per page would cost seconds).
 * @example lastCommitDate('content/articles/en-us/aadsts50000.mdx') // Date
 */
export function lastCommitDate(file: string): Date | undefined {
	if (!lastDates) {
		lastDates = new Map();
		const top = git(['rev-parse', '--show-prefix'])?.trim() ?? '';
		let date: Date | undefined;
		for (const line of git(['log', '--format=@%cI', '--name-only', '--', 'content'])?.split('\n') ?? []) {
			if (line.startsWith('@')) date = new Date(line.slice(1));
			else if (line && date && line.startsWith(top)) {
				const path = line.slice(top.length);
				if (!lastDates.has(path)) lastDates.set(path, date);
			}
		}
	}
	return lastDates.get(file.replace(/^.*?(?=content\/)/, ''));
}

/** Every committed version of a file, newest first: the commit id and the file's text then. */
export function* fileVersions(file: string): Generator<{ commit: string; text: string }> {
	const commits = git(['log', '--format=%H', '--', file])?.split('\n').filter(Boolean) ?? [];
	for (const commit of commits) {
		const text = git(['show', `${commit}:${file}`]);
		if (text !== undefined) yield { commit, text };
	}
}
