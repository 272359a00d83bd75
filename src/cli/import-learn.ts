/**
 * `npm run import:learn -- <file-or-folder>... --locale <locale> [--out <content folder>] [--overwrite]`:
 * converts Microsoft Learn (DocFX) Markdown into MDX articles under `<out>/articles/<locale>/`,
 * then reports files imported, warnings by kind at file:line, failures, files left alone because
 * they were edited since the last import, and every text run the conversion lost.
 */
import { parseArgs } from 'node:util';
import { isLocale, localeIds } from '../i18n/locales.ts';
import { importLearn } from '../importer/import-learn.ts';

const usage =
	'Usage: npm run import:learn -- <file-or-folder>... --locale <locale> [--out <content folder>] [--overwrite]';
let parsed;
try {
	parsed = parseArgs({
		options: {
			locale: { type: 'string' },
			out: { type: 'string', default: 'content' },
			overwrite: { type: 'boolean', default: false },
			force: { type: 'boolean', default: false },
		},
		allowPositionals: true,
	});
} catch (error) {
	console.error(`${(error as Error).message}\n${usage}`);
	process.exit(2);
}
const { values, positionals } = parsed;
if (positionals.length === 0 || !values.locale) {
	console.error(usage);
	process.exit(2);
}
if (!isLocale(values.locale)) {
	console.error(`unknown locale "${values.locale}": expected one of ${localeIds.join(', ')}`);
	process.exit(2);
}
let report;
try {
	report = importLearn({
		inputs: positionals,
		locale: values.locale,
		out: values.out ?? 'content',
		overwrite: (values.overwrite ?? false) || (values.force ?? false),
	});
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}
for (const item of report.imported)
	console.log(`${item.outcome} ${item.target} from ${item.source}`);
const kinds = [...new Set(report.warnings.map((w) => w.kind))].sort();
for (const kind of kinds) {
	const list = report.warnings.filter((w) => w.kind === kind);
	console.log(`\n${kind} (${list.length}):`);
	for (const w of list) console.log(`  ${w.at ?? w.file}: ${w.message}`);
}
// A reason that starts with its own file:line (an include) needs no file before it.
for (const f of report.failed)
	console.log(
		`\nnot imported: ${f.file.split(' + ').some((file) => f.reason.startsWith(`${file}:`)) ? '' : `${f.file}: `}${f.reason}`,
	);
if (report.refused.length > 0)
	console.log(
		`\nedited since the last import, not replaced (use --overwrite to replace them):\n${report.refused.map((f) => `  ${f}`).join('\n')}`,
	);
const losses = report.fidelity.flatMap((f) => f.missing);
if (losses.length > 0)
	console.log(
		`\nlost text runs (${losses.length}):\n${losses.map((m) => `  ${m.at}: ${JSON.stringify(m.text.slice(0, 80))}`).join('\n')}`,
	);
const runs = report.fidelity.reduce((n, f) => n + f.runs.length, 0);
const changed = report.imported.filter((i) => i.outcome !== 'unchanged').length;
console.log(
	`\n${report.imported.length} imported (${changed} written, ${report.imported.length - changed} unchanged), ${report.warnings.length} warnings, ${report.failed.length} not imported, ${report.refused.length} edited and left alone; ${runs - losses.length} of ${runs} text runs kept`,
);
process.exitCode =
	report.failed.length > 0 || report.refused.length > 0 || losses.length > 0 ? 1 : 0;
