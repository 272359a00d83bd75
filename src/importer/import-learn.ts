import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import type { Locale } from '../i18n/locales.ts';
import type { ImportWarning } from './docfx-blocks.ts';
import { importArticle } from './import-article.ts';
import { EditedSinceImport, ImportRecord } from './import-record.ts';
import type { ArticleSources, ImportOptions, ImportReport } from './types.ts';

/**
 * The slug of a Learn file, the same in every locale: its file name without `.md`, lowercased,
 * every run of other characters than a–z and 0–9 made one hyphen.
 * @example slugOf('docs/error-code-AADSTS50011-reply-url-mismatch.md') // 'error-code-aadsts50011-reply-url-mismatch'
 */
export function slugOf(file: string): string {
	return basename(file)
		.replace(/\.md$/i, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** Every `.md` file of the inputs (folders recursively, `includes` and `media` folders aside). */
function collect(inputs: readonly string[]): string[] {
	return inputs
		.flatMap((input) => {
			const path = resolve(input);
			if (!existsSync(path)) throw new Error(`${input}: no such file or folder`);
			if (!statSync(path).isDirectory()) return [path];
			return readdirSync(path, { recursive: true, withFileTypes: true })
				.filter(
					(e) =>
						e.isFile() &&
						/\.md$/i.test(e.name) &&
						!/(^|[\\/])(includes|media)([\\/]|$)/.test(relative(path, e.parentPath)),
				)
				.map((e) => join(e.parentPath, e.name));
		})
		.sort();
}

/** The slugs already in the content folder, in the locale and in en-us: links to them are kept. */
function existingSlugs(out: string, locale: Locale): string[] {
	return [locale, 'en-us'].flatMap((l) => {
		const folder = join(out, 'articles', l);
		return existsSync(folder)
			? readdirSync(folder)
					.filter((n) => n.endsWith('.mdx'))
					.map((n) => n.slice(0, -4))
			: [];
	});
}

/**
 * Imports Learn (DocFX) Markdown files into MDX articles: English sources, published
 * translations, bilingual (sxs) files, or a published translation and its bilingual file together
 * (the same file name in two inputs), which keeps the published text and the English sentences.
 */
export function importLearn(options: ImportOptions): ImportReport {
	const report: ImportReport = {
		imported: [],
		warnings: [],
		failed: [],
		refused: [],
		fidelity: [],
	};
	const record = new ImportRecord(options.out, options.overwrite ?? false);
	const groups = new Map<string, string[]>();
	for (const file of collect(options.inputs))
		groups.set(slugOf(file), [...(groups.get(slugOf(file)) ?? []), file]);
	const slugs = new Set([...groups.keys(), ...existingSlugs(options.out, options.locale)]);
	for (const [slug, files] of groups) {
		const shown = files.map((f) => relative(process.cwd(), f)).join(' + ');
		try {
			const warnings: ImportWarning[] = [];
			const result = importArticle(sources(files), slug, { ...options, slugs, record }, warnings);
			report.imported.push(...result.imported);
			report.fidelity.push(...result.fidelity);
			report.warnings.push(...warnings.map((w) => ({ file: shown, ...w })));
		} catch (error) {
			if (error instanceof EditedSinceImport) report.refused.push(error.file);
			else report.failed.push({ file: shown, reason: (error as Error).message });
		}
	}
	record.save();
	return report;
}

/** The files of one article: a published file and/or a bilingual one, no two of a kind. */
function sources(files: readonly string[]): ArticleSources {
	const kinds = files.map((file) => ({ file, sxs: isBilingual(file) }));
	const sxs = kinds.filter((k) => k.sxs).map((k) => k.file);
	const published = kinds.filter((k) => !k.sxs).map((k) => k.file);
	if (sxs.length > 1 || published.length > 1)
		throw new Error(
			`these files give the same article (same file name): import one of them at a time`,
		);
	return {
		...(published[0] ? { published: published[0] } : {}),
		...(sxs[0] ? { sxs: sxs[0] } : {}),
	};
}

function isBilingual(file: string): boolean {
	return readFileSync(file, 'utf8').includes('class="sxs-lookup"');
}
