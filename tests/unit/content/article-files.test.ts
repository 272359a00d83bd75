import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeUtf8, readArticleFiles } from '../../../src/content/article-files.ts';
import { formatDiagnostic } from '../../../src/diagnostics/diagnostics.ts';
import { tempProject } from '../helpers/temp-project.ts';

describe('reading article files: nothing is skipped without a word', () => {
	test('a file that is not UTF-8 is an error at its first bad byte', () => {
		expect(decodeUtf8(Buffer.from('---\ntitle: Caf\xe9 au lait\n---\n', 'latin1'))).toEqual({
			line: 2,
			column: 11,
			message: 'the file is not UTF-8 (byte 0xE9 here): save it as UTF-8 in your editor (it may be Latin-1 or Windows-1252)',
		});
		expect(decodeUtf8(Buffer.from('\uFEFF---\ntitle: Café\n', 'utf8'))).toBe('\uFEFF---\ntitle: Café\n');
	});

	test('Latin-1 files and symbolic links are reported; the other articles are read', async () => {
		const root = tempProject({ 'content/articles/en-us/a.mdx': '---\ntitle: A\n---\nText.\n' });
		writeFileSync(join(root, 'content/articles/en-us/latin.mdx'), Buffer.from('---\ntitle: Caf\xe9\n---\n', 'latin1'));
		mkdirSync(join(root, 'elsewhere'));
		writeFileSync(join(root, 'elsewhere/b.mdx'), '---\ntitle: B\n---\n');
		symlinkSync(join(root, 'elsewhere/b.mdx'), join(root, 'content/articles/en-us/linked.mdx'));
		const { files, problems } = await readArticleFiles(root);
		expect(files.map((f) => f.file)).toEqual(['content/articles/en-us/a.mdx']);
		expect(problems.map(formatDiagnostic)).toEqual([
			'content/articles/en-us/latin.mdx:2:11  error  the file is not UTF-8 (byte 0xE9 here): save it as UTF-8 in your editor (it may be Latin-1 or Windows-1252)  (content-files)',
			'content/articles/en-us/linked.mdx:1:1  error  articles cannot be symbolic links: copy the file here instead (a link could point outside the project)  (content-files)',
		]);
	});
});
