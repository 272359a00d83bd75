/**
 * `npm run l10n:import -- <file.xlf>… [--partial] [--type HT|MT]`: takes back XLIFF 2.0 files
 * from a translation tool and writes each translation, `content/articles/<locale>/<slug>.mdx`.
 * A file is refused, with its line and unit, when the English changed since it was exported
 * (`--partial` imports the units that did not change), when units or protected codes are missing,
 * extra, duplicated or moved, when a target breaks MDX, or when its language is wrong.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { formatDiagnostic } from '../diagnostics/diagnostics.ts';
import { validateFrontMatter } from '../content/front-matter.ts';
import { isLocale, sourceLocale, type Locale } from '../i18n/locales.ts';
import type { ReadArticle } from '../l10n/export.ts';
import { importXliff, localeOfLang } from '../l10n/import.ts';
import type { XliffDocument } from '../l10n/xliff-model.ts';
import { readXliff } from '../l10n/xliff-read.ts';
import { XmlError } from '../l10n/xml-read.ts';
import { readArguments } from './lib/arguments.ts';
import { articleSourcePath } from '../content/article-files.ts';

const usage = 'Usage: npm run l10n:import -- <file.xlf>… [--partial] [--type HT|MT]';

/** A file's problem, as `file:line  unit <id>: message`. */
class Refusal extends Error {}

async function readArticle(file: string): Promise<ReadArticle | undefined> {
	const text = await readFile(file, 'utf8').catch(() => undefined);
	if (text === undefined) return undefined;
	const { data, diagnostics } = validateFrontMatter(file, text);
	if (!data) throw new Refusal(diagnostics.map(formatDiagnostic).join('\n'));
	return { text, data };
}

/** Reads an XLIFF file's text, refusing it (at its line, and unit if any) when it is not valid XLIFF. */
function parseXliff(file: string, text: string): XliffDocument {
	try {
		return readXliff(text);
	} catch (error) {
		if (error instanceof XmlError)
			throw new Refusal(
				`${file}:${error.line}  ${'unit' in error && error.unit ? `unit ${String(error.unit)}: ` : ''}${error.message}`,
			);
		throw error;
	}
}

/**
 * Refuses a file whose `trgLang` is not the language of the locale folder it is in, or whose
 * `original` is not its English article's file; returns that file.
 */
function checkPlace(file: string, doc: XliffDocument, locale: Locale | undefined): string {
	const folder = file
		.split('/')
		.slice(0, -1)
		.find((part) => isLocale(part) && part !== sourceLocale);
	if (folder && locale && folder !== locale)
		throw new Refusal(
			`${file}:${doc.line ?? 2}  trgLang="${doc.trgLang}" is not the language of the folder it is in (${folder})`,
		);
	const sourceFile = articleSourcePath(sourceLocale, doc.fileId);
	if (doc.original !== sourceFile)
		throw new Refusal(
			`${file}:${doc.line ?? 2}  <file id="${doc.fileId}" original="${doc.original}">: expected original="${sourceFile}"`,
		);
	return sourceFile;
}

async function importFile(
	path: string,
	options: { partial: boolean; type: 'HT' | 'MT' | undefined },
): Promise<string> {
	const file = relative(process.cwd(), path).split('\\').join('/');
	const text = await readFile(path, 'utf8').catch(() => {
		throw new Refusal(`${file}: cannot read this file`);
	});
	const doc = parseXliff(file, text);
	const locale = localeOfLang(doc.trgLang);
	const sourceFile = checkPlace(file, doc, locale);
	const source = await readArticle(sourceFile);
	if (!source)
		throw new Refusal(`${file}:${doc.line ?? 2}  its article ${sourceFile} does not exist`);
	const target = locale && articleSourcePath(locale, doc.fileId);
	const result = importXliff({
		doc,
		source,
		existing: target ? await readArticle(target) : undefined,
		...options,
	});
	if (!result.ok)
		throw new Refusal(
			result.problems
				.map((p) => `${file}:${p.line}  ${p.unit ? `unit ${p.unit}: ` : ''}${p.message}`)
				.join('\n'),
		);
	const out = articleSourcePath(result.locale, doc.fileId);
	await mkdir(dirname(out), { recursive: true });
	await writeFile(out, result.mdx);
	return `${file} → ${out}: ${result.imported} units${result.skipped.length > 0 ? `, not imported (English changed): ${result.skipped.join(', ')}` : ''}`;
}

async function main(): Promise<void> {
	const { values, positionals } = readArguments(
		{ options: { partial: { type: 'boolean' }, type: { type: 'string' } }, allowPositionals: true },
		usage,
	);
	if (
		positionals.length === 0 ||
		(values.type !== undefined && values.type !== 'HT' && values.type !== 'MT')
	) {
		console.error(
			values.type !== undefined && positionals.length > 0
				? `--type ${values.type}: expected HT (human) or MT (machine translation)\n${usage}`
				: usage,
		);
		process.exitCode = 2;
		return;
	}
	let imported = 0;
	for (const path of positionals) {
		try {
			console.log(
				await importFile(path, {
					partial: values.partial ?? false,
					type: values.type as 'HT' | 'MT' | undefined,
				}),
			);
			imported++;
		} catch (error) {
			if (!(error instanceof Refusal)) throw error;
			console.error(error.message);
			process.exitCode = 1;
		}
	}
	console.log(`${imported} imported, ${positionals.length - imported} refused`);
}

try {
	await main();
} catch (error) {
	console.error(`${(error as Error).message}\n${usage}`);
	process.exitCode = 2;
}
