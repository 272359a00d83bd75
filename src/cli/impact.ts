/**
 * `npm run impact -- --base <git ref>`: what the changes since `<ref>` (its merge base with
 * HEAD) do to every language: the translations they make outdated and the new articles left to
 * translate, per locale, and the check's errors and warnings in the changed files, linked to
 * their lines, as Markdown (the pull request comment and job summary). `--out <file>` writes it
 * to a file as well.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { readArguments } from './lib/arguments.ts';
import { runChecks } from '../build/project.ts';
import { articlesDir, readArticleFiles } from '../content/article-files.ts';
import { siteConfig } from '../site-config.ts';
import { statusesOfTexts, type ArticleText } from '../translations/file-statuses.ts';
import { impactSummary } from '../translations/impact.ts';

const usage =
	'Usage: npm run impact -- --base <git ref> [--repository <url>] [--commit <sha>] [--out <file>]';
const git = (...args: string[]) =>
	execFileSync('git', args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });

/** Every article file's text at a commit, read in one `git cat-file --batch`. */
function textsAt(commit: string): ArticleText[] {
	const files = git('ls-tree', '-r', '--name-only', commit, '--', articlesDir)
		.split('\n')
		.filter((f) => f.endsWith('.mdx'));
	if (files.length === 0) return [];
	const output = execFileSync('git', ['cat-file', '--batch'], {
		input: files.map((f) => `${commit}:${f}`).join('\n'),
		maxBuffer: 512 * 1024 * 1024,
	});
	const texts: ArticleText[] = [];
	let offset = 0;
	for (const file of files) {
		const header = output.subarray(offset, output.indexOf(10, offset)).toString();
		const size = Number(header.split(' ')[2]);
		const start = offset + header.length + 1;
		texts.push({ file, source: output.subarray(start, start + size).toString('utf8') });
		offset = start + size + 1;
	}
	return texts;
}

const { values: options } = readArguments(
	{
		options: {
			base: { type: 'string' },
			repository: { type: 'string' },
			commit: { type: 'string' },
			out: { type: 'string' },
		},
	},
	usage,
);
if (!options.base) {
	console.error(`--base is required\n${usage}`);
	process.exit(2);
}
const mergeBase = git('merge-base', options.base, 'HEAD').trim();
const changed = new Set(
	git('diff', '--name-only', '--no-renames', mergeBase).split('\n').filter(Boolean),
);
const after = (await readArticleFiles(process.cwd())).files.map(({ file, source }) => ({
	file,
	source,
}));
const diagnostics = (await runChecks(process.cwd())).filter((d) => changed.has(d.file));
const markdown = impactSummary({
	before: statusesOfTexts(textsAt(mergeBase)),
	after: statusesOfTexts(after),
	diagnostics,
	links: {
		repository: options.repository ?? siteConfig().repository ?? '',
		commit: options.commit ?? git('rev-parse', 'HEAD').trim(),
	},
});
if (options.out) writeFileSync(options.out, markdown);
process.stdout.write(markdown);
console.error(
	`${changed.size} changed file${changed.size === 1 ? '' : 's'}, ${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'} in them`,
);
