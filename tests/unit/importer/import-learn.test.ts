import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importLearn, slugOf } from '../../../src/importer/import-learn.ts';

const fixtures = 'tests/unit/importer/fixtures';

/** Imports a fixture folder; returns the MDX of its input file and the report, paths made stable. */
function run(name: string, locale: 'en-us' | 'ja-jp' = 'en-us') {
	const root = mkdtempSync(join(tmpdir(), 'import-'));
	const out = join(root, 'content');
	const report = importLearn({ inputs: [join(fixtures, name)], locale, out });
	const input = report.imported.find((i) => i.source.endsWith('input.md'));
	const stable = (text: string) => text.replaceAll(root, '<out>').replaceAll(`${fixtures}/`, '');
	const lines = [
		...report.imported.map((i) => `imported ${stable(i.source)} → ${stable(i.target)}${i.englishSource ? ` + ${stable(i.englishSource)}` : ''}`),
		...report.warnings.map((w) => `${w.kind}: ${stable(w.file)}: ${stable(w.message)}`),
		...report.failed.map((f) => `failed: ${stable(f.file)}: ${f.reason}`),
		...report.fidelity.map((f) => `fidelity: ${stable(f.file)}: ${f.missing.length === 0 ? 'every text run kept' : `lost ${JSON.stringify(f.missing)}`}`),
	];
	return { root, out, mdx: input ? readFileSync(input.target, 'utf8') : '', report: `${lines.join('\n')}\n`, english: input?.englishSource ? readFileSync(input.englishSource, 'utf8') : undefined };
}

describe('import:learn, one fixture per construct', () => {
	for (const name of readdirSync(fixtures).filter((n) => n !== 'sxs').sort()) {
		test(name, async () => {
			const { mdx, report } = run(name);
			await expect(mdx).toMatchFileSnapshot(`./fixtures/${name}/expected.mdx`);
			await expect(report).toMatchFileSnapshot(`./fixtures/${name}/report.txt`);
		});
	}

	test('sxs: the translation keeps its sentence pairs, and the English side becomes the en-us source', async () => {
		const { mdx, english, report } = run('sxs', 'ja-jp');
		await expect(mdx).toMatchFileSnapshot('./fixtures/sxs/expected.mdx');
		await expect(english).toMatchFileSnapshot('./fixtures/sxs/expected.en-us.mdx');
		await expect(report).toMatchFileSnapshot('./fixtures/sxs/report.txt');
	});

	test('copies media that exists next to the source into public/media/<slug>/', () => {
		const { out } = run('images');
		expect(existsSync(join(out, '..', 'public', 'media', 'input', 'diagram.png'))).toBe(true);
	});

	test('refuses to overwrite an article unless forced', () => {
		const { out } = run('alerts');
		const again = importLearn({ inputs: [join(fixtures, 'alerts')], locale: 'en-us', out });
		expect(again.failed.map((f) => f.reason)).toEqual([`${relative(process.cwd(), join(out, 'articles/en-us/input.mdx'))} already exists (use --force to replace it)`]);
		expect(importLearn({ inputs: [join(fixtures, 'alerts')], locale: 'en-us', out, force: true }).failed).toEqual([]);
	});
});

describe('slugOf', () => {
	test.each([
		['error-code-AADSTS50011-reply-url-mismatch.md', 'error-code-aadsts50011-reply-url-mismatch'],
		['docs/user-receives-error-Yammer-is-disabled.md', 'user-receives-error-yammer-is-disabled'],
		['Some File_Name.MD', 'some-file-name'],
	])('%s → %s (the same in every locale)', (file, slug) => {
		expect(slugOf(file)).toBe(slug);
	});
});
