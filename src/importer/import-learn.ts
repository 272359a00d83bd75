import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { formatDiagnostic } from '../content/diagnostics.ts';
import { readBody, validateFrontMatter } from '../content/front-matter.ts';
import { hashSourceFile } from '../translations/source-version.ts';
import { hashSource } from '../content/source-hash.ts';
import { locales, sourceLocale, type Locale } from '../i18n/locales.ts';
import { convertImages, resolveIncludes, splitSentencePairs, type ImportWarning } from './docfx-blocks.ts';
import { learnTextRuns, missingTextRuns } from './fidelity.ts';
import { deleteYamlFields, readLearnFrontMatter, setYamlField } from './front-matter.ts';
import { toMdx } from './to-mdx.ts';

/** What to import and where. */
export interface ImportOptions {
	inputs: string[];
	locale: Locale;
	/** The content folder; articles go to `<out>/articles/<locale>/`, media to `<out>/../public/media/`. */
	out: string;
	/** Replace existing articles. */
	force?: boolean;
}

/** The end-of-import report. */
export interface ImportReport {
	imported: { source: string; target: string; englishSource?: string }[];
	warnings: { file: string; kind: ImportWarning['kind']; message: string }[];
	failed: { file: string; reason: string }[];
	/**
	 * Per file: the input's text runs (what a reader must find on the rendered page) and those
	 * missing from the MDX (empty when nothing was lost in conversion).
	 */
	fidelity: { file: string; target: string; runs: string[]; missing: string[] }[];
}

/**
 * The slug of a Learn file, the same in every locale: its file name without `.md`, lowercased,
 * every run of other characters than a–z and 0–9 made one hyphen.
 * @example slugOf('docs/error-code-AADSTS50011-reply-url-mismatch.md') // 'error-code-aadsts50011-reply-url-mismatch'
 */
export function slugOf(file: string): string {
	return basename(file).replace(/\.md$/i, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Every `.md` file of the inputs (folders recursively, `includes` and `media` folders aside). */
function collect(inputs: readonly string[]): string[] {
	return inputs
		.flatMap((input) => {
			const path = resolve(input);
			if (!statSync(path).isDirectory()) return [path];
			return readdirSync(path, { recursive: true, withFileTypes: true })
				.filter((e) => e.isFile() && /\.md$/i.test(e.name) && !/[\\/](includes|media)([\\/]|$)/.test(relative(path, e.parentPath)) && !/^(includes|media)$/.test(relative(path, e.parentPath)))
				.map((e) => join(e.parentPath, e.name));
		})
		.sort();
}

/** Imports Learn (DocFX) Markdown files into MDX articles, bilingual sxs files included. */
export function importLearn(options: ImportOptions): ImportReport {
	const report: ImportReport = { imported: [], warnings: [], failed: [], fidelity: [] };
	const files = collect(options.inputs);
	const slugs = new Map(files.map((f) => [f, slugOf(f)]));
	const bySlug = new Set(slugs.values());
	for (const file of files) {
		const shown = relative(process.cwd(), file);
		try {
			const warnings: ImportWarning[] = [];
			const result = importFile(file, slugs.get(file) ?? slugOf(file), bySlug, options, warnings);
			report.imported.push(result.imported);
			report.fidelity.push({ file: shown, target: result.imported.target, runs: result.runs, missing: result.missing });
			report.warnings.push(...warnings.map((w) => ({ file: shown, ...w })));
		} catch (error) {
			report.failed.push({ file: shown, reason: (error as Error).message });
		}
	}
	return report;
}

function importFile(file: string, slug: string, imported: ReadonlySet<string>, options: ImportOptions, warnings: ImportWarning[]) {
	const { yaml, data, body, warnings: fieldWarnings } = readLearnFrontMatter(readFileSync(file, 'utf8'));
	warnings.push(...fieldWarnings.map((message) => ({ kind: 'front-matter' as const, message })));
	const media = (path: string) => {
		if (!existsSync(path)) return undefined;
		const target = join(options.out, '..', 'public', 'media', slug, basename(path));
		mkdirSync(dirname(target), { recursive: true });
		copyFileSync(path, target);
		return `/media/${slug}/${basename(path)}`;
	};
	const markdown = convertImages(resolveIncludes(body, file, warnings), file, warnings, media);
	const rewriteLink = (url: string): string | null => {
		if (/^(#|[a-z][a-z0-9+.-]*:)/i.test(url)) return url;
		if (url.startsWith('/')) return `https://learn.microsoft.com${url}`;
		const [path = '', anchor] = url.split('#');
		const target = slugOf(path.replace(/^~\//, ''));
		if (!/\.md$/i.test(path) || !imported.has(target)) return null;
		return `../${target}/${anchor ? `#${anchor}` : ''}`;
	};
	const sxs = markdown.includes('class="sxs-lookup"') ? splitSentencePairs(markdown) : undefined;
	const mdx = toMdx(sxs?.translation ?? markdown, { rewriteLink, warnings, ...(sxs ? { pairs: sxs.pairs } : {}) });
	let frontMatter = yaml;
	if (data.title === undefined) {
		const heading = firstHeading(sxs?.english ?? markdown);
		if (heading) frontMatter = setYamlField(frontMatter, 'title', heading);
		warnings.push({ kind: 'front-matter', message: heading ? 'no title: the first heading was used' : 'no title and no heading to take one from' });
	}
	let englishSource: string | undefined;
	if (options.locale !== sourceLocale) {
		if (!data['ms.contentlocale']) frontMatter = setYamlField(frontMatter, 'ms.contentlocale', locales[options.locale].lang);
		if (sxs) {
			const english = writeEnglishSource(sxs.english, frontMatter, slug, options, warnings, rewriteLink);
			englishSource = english.file;
			frontMatter = setYamlField(frontMatter, 'sourceHash', english.hash);
		}
	}
	const target = join(options.out, 'articles', options.locale, `${slug}.mdx`);
	writeArticle(target, `---\n${frontMatter}\n---\n${mdx}`, options.force);
	for (const d of validateFrontMatter(target, readFileSync(target, 'utf8')).diagnostics) warnings.push({ kind: 'front-matter', message: formatDiagnostic({ ...d, file: relative(process.cwd(), target) }) });
	return {
		imported: { source: relative(process.cwd(), file), target, ...(englishSource ? { englishSource } : {}) },
		runs: learnTextRuns(sxs?.translation ?? markdown),
		missing: missingTextRuns(sxs?.translation ?? markdown, mdx),
	};
}

/** The en-us source an sxs file carries: written when absent, compared when present. */
function writeEnglishSource(english: string, translationYaml: string, slug: string, options: ImportOptions, warnings: ImportWarning[], rewriteLink: (url: string) => string | null) {
	const body = toMdx(english, { rewriteLink, warnings: [] });
	let yaml = deleteYamlFields(translationYaml, ['ms.contentlocale', 'ms.translationtype', 'ms.lasthandoff', 'ms.locfileid', 'ms.openlocfilehash', 'ms.sourcegitcommit', 'sourceHash']);
	const title = firstHeading(english);
	if (title) yaml = setYamlField(yaml, 'title', title);
	const file = join(options.out, 'articles', sourceLocale, `${slug}.mdx`);
	const text = `---\n${yaml}\n---\n${body}`;
	const description = validateFrontMatter(file, text).data?.description;
	if (existsSync(file)) {
		const existing = readFileSync(file, 'utf8');
		if (readBody(existing).replace(/\s+/g, ' ').trim() !== body.replace(/\s+/g, ' ').trim()) {
			warnings.push({ kind: 'source-mismatch', message: `the English side differs from the existing ${relative(process.cwd(), file)}; the translation records the existing source's version` });
		}
		return { file, hash: hashSourceFile(file, existing) };
	}
	writeArticle(file, text, false);
	return { file, hash: hashSource({ title: title ?? '', description, body }) };
}

/** The text of a file's first `#` heading, its Learn anchor left out. */
function firstHeading(markdown: string): string | undefined {
	return /^#\s+(?:<a[^>]*><\/a>)?(.+)$/m.exec(markdown)?.[1]?.trim();
}

function writeArticle(target: string, text: string, force: boolean | undefined): void {
	if (existsSync(target) && !force) throw new Error(`${relative(process.cwd(), target)} already exists (use --force to replace it)`);
	mkdirSync(dirname(target), { recursive: true });
	writeFileSync(target, text.endsWith('\n') ? text : `${text}\n`);
}
