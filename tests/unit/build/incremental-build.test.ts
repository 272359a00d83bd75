import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { fingerprint } from '../../../scripts/bench/measure.mjs';
import { copyProject } from '../../../scripts/project-copy.mjs';
import { filesBelow } from '../../../src/build/files-below.ts';

/**
 * Incremental builds (src/build/page-carry-over.ts) on a copy of the project's own content:
 * after each edit, what an incremental build rendered, and that its output is the output of a
 * build that renders every page, file for file.
 */
let root: string;

/** The locales whose search index a build's log says it carried over. */
let unchangedIndexes: string[] = [];

/** Builds with `npm run build`; returns the carry-over line of its log (and notes `unchangedIndexes`). */
function build(): string {
	const result = spawnSync(process.execPath, ['--env-file=tests/site.env', 'scripts/build.mjs'], {
		cwd: root,
		encoding: 'utf8',
	});
	const log = `${result.stdout}${result.stderr}`;
	expect(result.status, log).toBe(0);
	unchangedIndexes = [...log.matchAll(/([a-z]{2}-[a-z]{2}) \d+ pages \(unchanged\)/g)].map(
		(m) => m[1]!,
	);
	return /Article pages and twins: \d+ rendered, \d+ unchanged/.exec(log)?.[0] ?? log;
}

/** The files in which an incremental build's output differs from a build that renders every page. */
function differencesFromFullRender(): string[] {
	const incremental = fingerprint(join(root, 'dist'));
	rmSync(join(root, '.cache/astro/pages'), { recursive: true, force: true });
	expect(build()).toBe('Article pages and twins: 354 rendered, 0 unchanged');
	expect(unchangedIndexes).toEqual([]);
	const full = fingerprint(join(root, 'dist'));
	return [...new Set([...incremental.keys(), ...full.keys()])].filter(
		(file) => incremental.get(file) !== full.get(file),
	);
}

/** Runs git in the copy, as a writer would commit. */
function git(...args: string[]): void {
	const result = spawnSync(
		'git',
		['-c', 'user.name=Writer', '-c', 'user.email=writer@example.com', ...args],
		{
			cwd: root,
			encoding: 'utf8',
		},
	);
	expect(result.status, result.stderr).toBe(0);
}

/** Replaces text in a file of the copy. */
function edit(file: string, from: string | RegExp, to: string): void {
	const path = join(root, file);
	const text = readFileSync(path, 'utf8');
	const edited = text.replace(from, to);
	expect(edited, `${file} has no ${String(from)}`).not.toBe(text);
	writeFileSync(path, edited);
}

describe('an incremental build renders the pages whose parts changed, and only those', () => {
	beforeAll(() => {
		root = copyProject(mkdtempSync(join(tmpdir(), 'incremental-build-')), [
			'content/articles',
			'content/reference',
			'content/terminology',
		]);
		cpSync('tests/site.env', join(root, 'tests/site.env'));
		// Pages show when their file was last committed: the copy has a history of its own.
		git('init', '-q');
		git('add', '-A');
		git('commit', '-qm', 'The site as it is');
		build();
	}, 120_000);

	test('nothing changed: every article page and twin (and reference twin) is carried over', () => {
		expect(build()).toBe('Article pages and twins: 0 rendered, 354 unchanged');
		expect(unchangedIndexes).toEqual(['en-us', 'zh-cn', 'ja-jp', 'de-de', 'fr-fr', 'ar-sa']);
	}, 60_000);

	test("a body edit renders the article in every locale (its translations' status changes) and its twins", () => {
		edit(
			'content/articles/en-us/aadsts50011.mdx',
			/\n## /,
			'\nA sentence added by the test.\n\n## ',
		);
		expect(build()).toBe('Article pages and twins: 12 rendered, 342 unchanged');
		// Only the English text changed: the translations' new notices are not indexed.
		expect(unchangedIndexes).toEqual(['zh-cn', 'ja-jp', 'de-de', 'fr-fr', 'ar-sa']);
		expect(differencesFromFullRender()).toEqual([]);
	}, 60_000);

	test("a commit renders the pages that show the file's last-updated date, not their twins", () => {
		git('commit', '-qam', 'A sentence added');
		// The English page (its date) and the 5 translations (what changed in their source).
		expect(build()).toBe('Article pages and twins: 6 rendered, 348 unchanged');
		expect(differencesFromFullRender()).toEqual([]);
	}, 60_000);

	test('a title edit renders every page whose sidebar shows it', () => {
		edit('content/articles/en-us/aadsts50011.mdx', /^title: /m, 'title: Renamed — ');
		// The 12 English pages (sidebar), the English twin, the 5 translations and their twins, and
		// the twin of the English reference entry whose backlinks list the article.
		expect(build()).toBe('Article pages and twins: 24 rendered, 330 unchanged');
		// The translations of the article show their own titles: only the English index changes.
		expect(unchangedIndexes).toEqual(['zh-cn', 'ja-jp', 'de-de', 'fr-fr', 'ar-sa']);
		const english = filesBelow(join(root, 'dist/en-us/troubleshoot')).filter((f) =>
			f.endsWith('.html'),
		);
		expect(english).toHaveLength(12);
		for (const page of english)
			expect(readFileSync(join(root, 'dist/en-us/troubleshoot', page), 'utf8')).toContain(
				'Renamed — Error AADSTS50011',
			);
		const reference = join(root, 'dist/en-us/reference/oauth-errors');
		const listing = filesBelow(reference).filter(
			(f) =>
				f.endsWith('.md') &&
				readFileSync(join(reference, f), 'utf8').includes('/troubleshoot/aadsts50011/'),
		);
		expect(listing).toHaveLength(1);
		expect(readFileSync(join(reference, listing[0] ?? ''), 'utf8')).toContain('[Renamed — ');
		expect(differencesFromFullRender()).toEqual([]);
	}, 60_000);

	test('a registry edit renders every page (every page may link a code)', () => {
		edit(
			'content/reference/explanations/en-us.yaml',
			'said no to the request',
			'refused the request',
		);
		expect(build()).toBe('Article pages and twins: 354 rendered, 0 unchanged');
		expect(unchangedIndexes).toEqual([]);
		expect(
			readFileSync(
				join(root, 'dist/en-us/reference/oauth-errors/access_denied/index.html'),
				'utf8',
			),
		).toContain('refused the request');
	}, 60_000);
});
