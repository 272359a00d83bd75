import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test, vi } from 'vitest';

const repo = mkdtempSync(join(tmpdir(), 'history-'));
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.invalid', ...args], { cwd: repo, stdio: 'ignore' });
const cwd = process.cwd();
afterAll(() => process.chdir(cwd));

test('last commit dates come from one git log over content/, per file, newest first', async () => {
	mkdirSync(join(repo, 'content/articles/en-us'), { recursive: true });
	writeFileSync(join(repo, 'content/articles/en-us/a.mdx'), 'one');
	writeFileSync(join(repo, 'content/articles/en-us/b.mdx'), 'one');
	git('init', '-q');
	git('add', '-A');
	execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'first'], { cwd: repo, env: { ...process.env, GIT_COMMITTER_DATE: '2024-01-02T00:00:00Z', GIT_AUTHOR_DATE: '2024-01-02T00:00:00Z' } });
	writeFileSync(join(repo, 'content/articles/en-us/b.mdx'), 'two');
	execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.invalid', 'commit', '-qam', 'second'], { cwd: repo, env: { ...process.env, GIT_COMMITTER_DATE: '2025-03-04T00:00:00Z', GIT_AUTHOR_DATE: '2025-03-04T00:00:00Z' } });
	process.chdir(repo);
	vi.resetModules();
	const { lastCommitDate } = await import('../../../src/content/git-history.ts');
	expect(lastCommitDate('content/articles/en-us/a.mdx')?.toISOString()).toBe('2024-01-02T00:00:00.000Z');
	expect(lastCommitDate('content/articles/en-us/b.mdx')?.toISOString()).toBe('2025-03-04T00:00:00.000Z');
	expect(lastCommitDate('content/articles/en-us/never-committed.mdx')).toBeUndefined();
});
