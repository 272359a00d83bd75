import { execFileSync } from 'node:child_process';

/** Runs git, or returns undefined where there is no git or no history (a plain copy, CI cache). */
function git(args: string[]): string | undefined {
	try {
		return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 32 * 1024 * 1024 });
	} catch {
		return undefined;
	}
}

let lastCommits: Map<string, { date: Date; id: string }> | undefined;

/** The last commit that changed each file under content/, from one `git log` (a call per page would cost seconds). */
function lastCommitOf(file: string): { date: Date; id: string } | undefined {
	if (!lastCommits) {
		lastCommits = new Map();
		const top = git(['rev-parse', '--show-prefix'])?.trim() ?? '';
		let commit: { date: Date; id: string } | undefined;
		for (const line of git(['log', '--format=@%cI %H', '--name-only', '--', 'content'])?.split('\n') ?? []) {
			if (line.startsWith('@')) {
				const [date = '', id = ''] = line.slice(1).split(' ');
				commit = { date: new Date(date), id };
			} else if (line && commit && line.startsWith(top)) {
				const path = line.slice(top.length);
				if (!lastCommits.has(path)) lastCommits.set(path, commit);
			}
		}
	}
	return lastCommits.get(file.replace(/^.*?(?=content\/)/, ''));
}

/**
 * The date of the last commit that changed a file, or undefined without git history.
 * @example lastCommitDate('content/articles/en-us/aadsts50000.mdx') // Date
 */
export function lastCommitDate(file: string): Date | undefined {
	return lastCommitOf(file)?.date;
}

/**
 * The id of the last commit that changed a file (its history up to now), or undefined.
 * @example lastCommitId('content/articles/en-us/aadsts50000.mdx') // '3f2a…'
 */
export function lastCommitId(file: string): string | undefined {
	return lastCommitOf(file)?.id;
}

/** Every committed version of a file, newest first: the commit id and the file's text then. */
export function* fileVersions(file: string): Generator<{ commit: string; text: string }> {
	const commits = git(['log', '--format=%H', '--', file])?.split('\n').filter(Boolean) ?? [];
	for (const commit of commits) {
		const text = git(['show', `${commit}:${file}`]);
		if (text !== undefined) yield { commit, text };
	}
}
