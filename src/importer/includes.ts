import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { readLearnFrontMatter } from './front-matter.ts';

/** Where a line of expanded Markdown was written: its file and 1-based line. */
interface Origin {
	file: string;
	line: number;
}

/** Markdown with its `[!INCLUDE]`s inlined, and the origin of each of its lines. */
export interface Expanded {
	markdown: string;
	origins: Origin[];
}

const codeFence = /^(\s*)(`{3,}|~{3,})/;
const includePattern = /\[!INCLUDE\s*\[([^\]]*)\]\(([^)]+)\)\]/i;

/**
 * Inlines every `[!INCLUDE [title](path)]` outside code with the body of the file it names,
 * nested includes too, and keeps where each line came from so later problems name the file and
 * line a writer can open. A missing include (or a loop) is an error naming file:line.
 * @example expandIncludes('Intro\n[!INCLUDE [x](../includes/x.md)]', 'docs/a.md', 4)
 */
export function expandIncludes(body: string, file: string, firstLine: number, depth = 0): Expanded {
	const markdown: string[] = [];
	const origins: Origin[] = [];
	let fence: string | undefined;
	body.split('\n').forEach((line, index) => {
		const origin = { file, line: firstLine + index };
		const open = codeFence.exec(line);
		if (fence || open || !includePattern.test(line)) {
			if (fence && open && open[2]?.[0] === fence[0] && (open[2]?.length ?? 0) >= fence.length)
				fence = undefined;
			else if (!fence && open) fence = open[2];
			markdown.push(line);
			origins.push(origin);
			return;
		}
		const parts = line.split(includePattern);
		markdown.push('');
		origins.push(origin);
		// split() with two groups gives [text, title, path, text, title, path, text…].
		for (let i = 0; i < parts.length; i += 3) {
			markdown[markdown.length - 1] += parts[i] ?? '';
			const path = parts[i + 2];
			if (path !== undefined)
				append(markdown, origins, includedBody(path.trim(), parts[i + 1] ?? '', origin, depth));
		}
	});
	return { markdown: markdown.join('\n'), origins };
}

function includedBody(path: string, title: string, at: Origin, depth: number): Expanded {
	const target = findInclude(at.file, path.replace(/^~\//, ''));
	const where = `${relative(process.cwd(), at.file)}:${at.line}`;
	if (!target)
		throw new Error(
			`${where}: include "${path}"${title ? ` (${title})` : ''} not found: looked beside the file and in the includes folders above it`,
		);
	if (depth >= 5)
		throw new Error(
			`${where}: include "${path}" nests more than 5 includes deep (an include that includes itself?)`,
		);
	const { body, bodyLine } = readLearnFrontMatter(readFileSync(target, 'utf8'));
	return expandIncludes(body.replace(/\s+$/, ''), target, bodyLine, depth + 1);
}

/** Adds included lines: the first continues the current line (taking its origin when that is empty). */
function append(markdown: string[], origins: Origin[], included: Expanded): void {
	const lines = included.markdown.split('\n');
	const last = markdown.length - 1;
	if (markdown[last] === '' && included.origins[0]) origins[last] = included.origins[0];
	markdown[last] += lines[0] ?? '';
	markdown.push(...lines.slice(1));
	origins.push(...included.origins.slice(1));
}

/**
 * An include's file: where its path leads, else (content copied out of its repository) a file of
 * that name in an `includes` folder beside the article or above it.
 */
function findInclude(file: string, path: string): string | undefined {
	const direct = resolve(dirname(file), path);
	if (existsSync(direct)) return direct;
	for (let dir = dirname(file), level = 0; level < 5; dir = dirname(dir), level++) {
		const candidate = resolve(dir, 'includes', basename(path));
		if (existsSync(candidate)) return candidate;
	}
	return undefined;
}
