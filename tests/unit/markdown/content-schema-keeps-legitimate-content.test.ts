import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runChecks } from '../../../src/build/project.ts';
import { formatDiagnostic } from '../../../src/diagnostics/diagnostics.ts';
import { localeIds } from '../../../src/i18n/locales.ts';
import { importLearn } from '../../../src/importer/import-learn.ts';
import { contentHtmlRule } from '../../../src/markdown/rehype-content-sanitize.ts';
import { tempProject } from '../helpers/temp-project.ts';

// The sanitizer must remove nothing a real troubleshooting article holds: every article of the
// site, and every article of the public Learn corpus once imported, passes the content schema.
const corpus = resolve('../shared/corpus');
const removedBy = async (root: string) =>
	(await runChecks(root)).filter((d) => d.rule === contentHtmlRule).map(formatDiagnostic);

describe('the content schema keeps everything legitimate', () => {
	test("the site's own articles lose nothing", async () => {
		expect(await removedBy(process.cwd())).toEqual([]);
	});

	const hasCorpus = existsSync(join(corpus, 'learn')) && existsSync(join(corpus, 'learn-sxs'));
	/** Imports one set of the corpus (`learn` or `learn-sxs`), every locale, into a project of its own. */
	const importSet = (set: string) => {
		const root = tempProject();
		let imported = 0;
		const failed: unknown[] = [];
		for (const locale of localeIds) {
			const folder = join(corpus, set, locale);
			if (!existsSync(folder)) continue;
			const report = importLearn({ inputs: [folder], locale, out: join(root, 'content') });
			imported += report.imported.length;
			failed.push(...report.failed);
		}
		const inputs = readdirSync(join(corpus, set), { recursive: true, withFileTypes: true }).filter(
			(e) => e.isFile() && e.name.endsWith('.md') && !e.parentPath.includes('includes'),
		);
		return { root, imported, failed, inputs: inputs.length };
	};
	for (const set of ['learn', 'learn-sxs']) {
		test.skipIf(!hasCorpus)(
			`the imported Learn corpus (${set}) loses nothing${hasCorpus ? '' : ` (skipped: ${corpus}/learn and learn-sxs are absent)`}`,
			async () => {
				const { root, imported, failed, inputs } = importSet(set);
				// Every input is imported (a bilingual file also gives its English source article).
				expect(failed).toEqual([]);
				expect(imported).toBeGreaterThanOrEqual(inputs);
				expect(await removedBy(root)).toEqual([]);
			},
			120_000,
		);
	}
});
