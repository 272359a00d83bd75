/**
 * `npm run l10n:export -- --locale <locale> [--all] [--out <folder>] [--pseudo]`: writes an
 * XLIFF 2.0 file, `<folder>/<locale>/<slug>.xlf` (folder `xliff` by default), for every article
 * whose translation is missing or outdated (`--all`: every article), to hand to a translation
 * tool. `--pseudo` fills every target with a pseudo-translation, for a dry run of the round trip.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readArticleFiles, type ArticleFile } from '../content/article-files.ts';
import { formatDiagnostic } from '../diagnostics/diagnostics.ts';
import { validateFrontMatter } from '../content/front-matter.ts';
import { hashArticle } from '../content/source-hash.ts';
import { isLocale, localeIds, sourceLocale, type Locale } from '../i18n/locales.ts';
import { exportArticle, type ReadArticle } from '../l10n/export.ts';
import { previousSourceUnits } from '../l10n/previous-source.ts';
import { pseudoTranslate } from '../l10n/pseudo.ts';
import { writeXliff } from '../l10n/xliff-write.ts';
import { changedSections, sectionVersions } from '../translations/section-versions.ts';
import { readArguments } from './lib/arguments.ts';

const usage = 'Usage: npm run l10n:export -- --locale <locale> [--all] [--out <folder>] [--pseudo]';

/** Today in UTC as Learn writes dates, `MM/DD/YYYY`. */
const today = () => {
	const d = new Date();
	return `${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCDate()).padStart(2, '0')}/${d.getUTCFullYear()}`;
};

/** Whether a translation needs work: missing, or made from another version of some section. */
function needsWork(source: ReadArticle, translation: ReadArticle | undefined): boolean {
	if (!translation) return true;
	const recorded = translation.data.sourceSections;
	if (recorded)
		return changedSections(sectionVersions(source.data, source.text), recorded).length > 0;
	return translation.data.sourceHash !== hashArticle(source.data, source.text);
}

/** The options that choose which articles are exported, where to and how. */
interface ExportOptions {
	all?: boolean | undefined;
	out?: string | undefined;
	pseudo?: boolean | undefined;
}

/** An article's text and validated front matter, printing its problems (undefined if invalid). */
function readValid(file: string, text: string): ReadArticle | undefined {
	const { data, diagnostics } = validateFrontMatter(file, text);
	for (const d of diagnostics) console.error(formatDiagnostic(d));
	if (!data) process.exitCode = 1;
	return data && { text, data };
}

/**
 * Writes the XLIFF file of one English article, if its translation needs work (or with `--all`)
 * and both read as articles: returns how many of its units are to translate, else undefined.
 */
async function exportFile(
	file: ArticleFile,
	files: readonly ArticleFile[],
	locale: Locale,
	options: ExportOptions,
): Promise<number | undefined> {
	const source = readValid(file.file, file.source);
	const other = files.find((f) => f.folder === locale && f.slug === file.slug);
	const translation = other && readValid(other.file, other.source);
	if (!source || (other && !translation) || (!options.all && !needsWork(source, translation)))
		return undefined;
	const previousSource = previousSourceUnits(file.file, translation?.data.sourceHash);
	const doc = exportArticle({
		slug: file.slug,
		locale,
		source,
		translation,
		date: today(),
		previousSource,
	});
	const initial = doc.units.filter((u) => u.segments.some((s) => s.state === 'initial')).length;
	const out = join(options.out ?? 'xliff', locale, `${file.slug}.xlf`);
	await mkdir(join(options.out ?? 'xliff', locale), { recursive: true });
	await writeFile(out, writeXliff(options.pseudo ? pseudoTranslate(doc) : doc));
	console.log(`${out}: ${doc.units.length} units, ${initial} to translate`);
	return initial;
}

async function main(): Promise<void> {
	const { values } = readArguments(
		{
			options: {
				locale: { type: 'string' },
				all: { type: 'boolean' },
				out: { type: 'string' },
				pseudo: { type: 'boolean' },
			},
		},
		usage,
	);
	const locale = values.locale;
	if (!locale || !isLocale(locale) || locale === sourceLocale) {
		console.error(
			locale
				? `unknown locale "${locale}": expected one of ${localeIds.filter((l) => l !== sourceLocale).join(', ')}\n${usage}`
				: usage,
		);
		process.exitCode = 2;
		return;
	}
	const { files } = await readArticleFiles(process.cwd());
	let written = 0;
	let toTranslate = 0;
	for (const file of files.filter((f) => f.folder === sourceLocale)) {
		const initial = await exportFile(file, files, locale, values);
		if (initial === undefined) continue;
		toTranslate += initial;
		written++;
	}
	console.log(
		`${written} file${written === 1 ? '' : 's'} written for ${locale}, ${toTranslate} unit${toTranslate === 1 ? '' : 's'} to translate`,
	);
}

try {
	await main();
} catch (error) {
	console.error(`${(error as Error).message}\n${usage}`);
	process.exitCode = 2;
}
