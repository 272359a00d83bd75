import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { readBody } from '../content/front-matter.ts';
import { sourceLocale } from '../i18n/locales.ts';
import { hashSourceFile } from '../translations/source-version.ts';
import { firstHeading, type ImportWarning } from './docfx-blocks.ts';
import { errorCodesFrom } from './error-codes.ts';
import { learnLineTexts, learnTextRuns, missingTextRuns } from './fidelity.ts';
import { deleteYamlFields, setYamlField } from './front-matter.ts';
import type { ArticleContext, ReadSource } from './types.ts';
import type { WriteOutcome } from './import-record.ts';
import { toMdx } from './to-mdx.ts';

/** The Learn fields that describe a translation, not its English source. */
const translationFields = [
	'ms.contentlocale',
	'ms.translationtype',
	'ms.lasthandoff',
	'ms.locfileid',
	'ms.openlocfilehash',
	'ms.sourcegitcommit',
	'sourceHash',
	'errorCodes',
];

/**
 * The en-us source a bilingual file carries (each sentence's English side): written when absent,
 * compared (and a difference reported) when present. Returns its content hash for the
 * translation's `sourceHash`, and, when this import wrote it, its text runs.
 */
export function writeEnglishSource(
	english: string,
	bilingual: ReadSource,
	slug: string,
	context: ArticleContext & { rewriteLink: (url: string) => string | null },
	warnings: ImportWarning[],
) {
	const body = toMdx(english, { rewriteLink: context.rewriteLink, warnings: [] });
	let yaml = deleteYamlFields(bilingual.front.yaml, translationFields);
	const title = firstHeading(english);
	if (title) yaml = setYamlField(yaml, 'title', title);
	const codes = errorCodesFrom([title, basename(bilingual.file)]);
	if (codes.length > 0) yaml = setYamlField(yaml, 'errorCodes', codes);
	const file = join(context.out, 'articles', sourceLocale, `${slug}.mdx`);
	const text = `---\n${yaml}\n---\n${body}`.replace(/\n*$/, '\n');
	const shown = relative(process.cwd(), file);
	if (existsSync(file)) {
		const existing = readFileSync(file, 'utf8');
		if (existing !== text) {
			if (readBody(existing).replace(/\s+/g, ' ').trim() !== body.replace(/\s+/g, ' ').trim()) {
				warnings.push({
					kind: 'source-mismatch',
					message: `the English side differs from the existing ${shown}; the translation records the existing source's version`,
				});
			}
			return { file, hash: hashSourceFile(file, existing), written: undefined };
		}
	}
	const written: WriteOutcome = context.record.write(file, text);
	const where = (line: number) => bilingual.where(line - 1);
	const locate = (runs: { text: string; line: number }[]) =>
		runs.map((r) => ({ ...r, at: where(r.line) }));
	return {
		file,
		hash: hashSourceFile(file, text),
		written,
		runs: locate(learnTextRuns(english)),
		lines: locate(learnLineTexts(english)),
		missing: locate(missingTextRuns(english, body)),
	};
}
