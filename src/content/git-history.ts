import { execFileSync } from 'node:child_process';

/** Runs git, or returns undefined where there is no git or no history (a plain copy, CI cache). */
function git(args: string[]): string | undefined {
	try {
		return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 32 * 1024 * 1024 });
	} catch {
		return undefined;
	}
}

/**
 * The date of the last commit that changed a file, or undefined without git history.
 * @example lastCommitDate('content/articles/en-us/aadsts50000.mdx') // Date
 */
export function lastCommitDate(file: string): Date | undefined {
	const iso = git(['log', '-1', '--format=%cI', '--', file])?.trim();
	return iso ? new Date(iso) : undefined;
}

/** Every committed version of a file, newest first: the commit id and the file's text then. */
export function* fileVersions(file: string): Generator<{ commit: string; text: string }> {
	const commits = git(['log', '--format=%H', '--', file])?.split('\n').filter(Boolean) ?? [];
	for (const commit of commits) {
		const text = git(['show', `${commit}:${file}`]);
		if (text !== undefined) yield { commit, text };
	}
}
