/**
 * `npm run import:learn -- <file-or-folder>... --locale <locale> [--out <content folder>] [--force]`:
 * converts Microsoft Learn (DocFX) Markdown into MDX articles under `<out>/articles/<locale>/`,
 * then reports files imported, warnings by kind, failures, and a fidelity check.
 */
import { parseArgs } from 'node:util';
import { isLocale, localeIds } from '../i18n/locales.ts';
import { importLearn } from '../importer/import-learn.ts';

const { values, positionals } = parseArgs({
	options: { locale: { type: 'string' }, out: { type: 'string', default: 'content' }, force: { type: 'boolean', default: false } },
	allowPositionals: true,
});
if (positionals.length === 0 || !values.locale) {
	console.error('Usage: npm run import:learn -- <file-or-folder>... --locale <locale> [--out <content folder>] [--force]');
	process.exit(2);
}
if (!isLocale(values.locale)) {
	console.error(`unknown locale "${values.locale}": expected one of ${localeIds.join(', ')}`);
	process.exit(2);
}
const report = importLearn({ inputs: positionals, locale: values.locale, out: values.out ?? 'content', force: values.force ?? false });
for (const item of report.imported) console.log(`imported ${item.source} → ${item.target}${item.englishSource ? ` (+ English source ${item.englishSource})` : ''}`);
const kinds = [...new Set(report.warnings.map((w) => w.kind))].sort();
for (const kind of kinds) {
	const list = report.warnings.filter((w) => w.kind === kind);
	console.log(`\n${kind} (${list.length}):`);
	for (const w of list) console.log(`  ${w.file}: ${w.message}`);
}
for (const f of report.failed) console.log(`\nnot imported: ${f.file}: ${f.reason}`);
const lost = report.fidelity.filter((f) => f.missing.length > 0);
for (const f of lost) console.log(`\nfidelity: ${f.file} lost ${f.missing.length} text run(s): ${f.missing.slice(0, 3).map((m) => JSON.stringify(m.slice(0, 60))).join(', ')}`);
console.log(`\n${report.imported.length} imported, ${report.warnings.length} warnings, ${report.failed.length} not imported; fidelity: ${report.fidelity.length - lost.length} of ${report.fidelity.length} files keep every text run`);
process.exitCode = report.failed.length > 0 || lost.length > 0 ? 1 : 0;
