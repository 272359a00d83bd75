import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { formatDiagnostic } from '../diagnostics/diagnostics.ts';
import { validateFrontMatter } from '../content/front-matter.ts';
import { hashSourceFile } from '../translations/source-version.ts';
import { locales, sourceLocale, type Locale } from '../i18n/locales.ts';
import {
	convertImages,
	firstHeading,
	splitSentencePairs,
	type ImportWarning,
	type SentencePair,
} from './docfx-blocks.ts';
import { errorCodesFrom } from './error-codes.ts';
import { learnLineTexts, learnTextRuns, missingTextRuns } from './fidelity.ts';
import { readLearnFrontMatter, setYamlField } from './front-matter.ts';
import { writeEnglishSource } from './english-source.ts';
import { expandIncludes } from './includes.ts';
import type { ArticleContext, ArticleSources, ImportReport, ReadSource } from './types.ts';
import { attachEnglish } from './published-with-sxs.ts';
import { toMdx } from './to-mdx.ts';

const shown = (file: string) => relative(process.cwd(), file);

function readSource(
	file: string,
	slug: string,
	context: ArticleContext,
	warnings: ImportWarning[],
): ReadSource {
	const front = readLearnFrontMatter(readFileSync(file, 'utf8'));
	warnings.push(...front.warnings.map((message) => ({ kind: 'front-matter' as const, message })));
	const expanded = expandIncludes(front.body, file, front.bodyLine);
	const where = (index: number) => {
		const origin = expanded.origins[index];
		return origin ? `${shown(origin.file)}:${origin.line}` : shown(file);
	};
	const media = (path: string) => {
		if (!existsSync(path)) return undefined;
		context.record.write(
			join(context.out, '..', 'public', 'media', slug, basename(path)),
			readFileSync(path),
		);
		return `/media/${slug}/${basename(path)}`;
	};
	return {
		file,
		front,
		markdown: convertImages(expanded.markdown, file, where, warnings, media),
		where,
	};
}

/** A link's new URL: to the imported page, to Learn for a site path, `null` for a file not imported. */
function linkRewriter(slugs: ReadonlySet<string>) {
	return (url: string): string | null => {
		if (url.startsWith('#') || /^(https?|mailto|tel):/i.test(url)) return url;
		if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return null;
		if (url.startsWith('/')) return `https://learn.microsoft.com${url}`;
		const [path = '', anchor] = url.split('#');
		const target = slugOf(path.replace(/^~\//, ''));
		if (!/\.md$/i.test(path) || !slugs.has(target)) return null;
		return `../${target}/${anchor ? `#${anchor}` : ''}`;
	};
}

const slugOf = (file: string) =>
	basename(file)
		.replace(/\.md$/i, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

/**
 * Imports one article: the text from its published file (else its bilingual file), each sentence
 * the bilingual file shares carrying its English source, the front matter of the file the text
 * came from, and, for a translation, the version of its English source.
 */
export function importArticle(
	sources: ArticleSources,
	slug: string,
	context: ArticleContext,
	warnings: ImportWarning[],
) {
	const published = sources.published
		? readSource(sources.published, slug, context, warnings)
		: undefined;
	const bilingual = sources.sxs ? readSource(sources.sxs, slug, context, warnings) : undefined;
	const split = bilingual ? splitSentencePairs(bilingual.markdown) : undefined;
	const text = (published ?? bilingual)!;
	const { markdown, pairs } = articleText(text, published, bilingual, split, warnings);
	const rewriteLink = linkRewriter(context.slugs);
	const where = (line: number) => text.where(line - 1);
	const mdx = toMdx(markdown, { rewriteLink, warnings, where, ...(pairs ? { pairs } : {}) });
	let yaml = frontMatterOf(text, markdown, context.locale, warnings);
	const english =
		context.locale === sourceLocale
			? undefined
			: englishSourceOf(split, bilingual, slug, { ...context, rewriteLink }, warnings);
	if (english) yaml = setYamlField(yaml, 'sourceHash', english.hash);
	const { imported, fidelity } = englishReports(english, bilingual);
	const target = join(context.out, 'articles', context.locale, `${slug}.mdx`);
	const outcome = writeArticle(target, `---\n${yaml}\n---\n${mdx}`, context, warnings);
	imported.unshift({
		source: shown(text.file),
		target,
		outcome,
		...(imported[0] ? { englishSource: imported[0].target } : {}),
	});
	fidelity.unshift(fidelityOf(shown(text.file), target, { markdown, mdx, where }));
	return { imported, fidelity };
}

/** The Markdown to convert and its sentence pairs, with the bilingual file's English attached. */
function articleText(
	text: ReadSource,
	published: ReadSource | undefined,
	bilingual: ReadSource | undefined,
	split: ReturnType<typeof splitSentencePairs> | undefined,
	warnings: ImportWarning[],
): { markdown: string; pairs: SentencePair[] | undefined } {
	if (!published || !split)
		return { markdown: split?.translation ?? text.markdown, pairs: split?.pairs };
	const attached = attachEnglish(published.markdown, split.pairs);
	const differ = split.pairs.length - attached.matched;
	warnings.push({
		kind: 'sources',
		message: `text and Learn metadata from ${shown(published.file)}; English source sentences from ${shown(bilingual!.file)} for ${attached.matched} of ${split.pairs.length} sentences${differ ? ` (${differ === 1 ? '1 sentence is' : `${differ} sentences are`} translated differently in the published text: no English shown for ${differ === 1 ? 'it' : 'them'})` : ''}`,
	});
	return { markdown: attached.markdown, pairs: attached.pairs };
}

/** A translation's English source: written from its bilingual file, else the one imported. */
function englishSourceOf(
	split: ReturnType<typeof splitSentencePairs> | undefined,
	bilingual: ReadSource | undefined,
	slug: string,
	context: Parameters<typeof writeEnglishSource>[3],
	warnings: ImportWarning[],
) {
	return split && bilingual
		? writeEnglishSource(split.english, bilingual, slug, context, warnings)
		: existingSource(slug, context.out, warnings);
}

/** The report rows of the English source, when this import wrote it (else empty lists). */
function englishReports(
	english: ReturnType<typeof englishSourceOf>,
	bilingual: ReadSource | undefined,
): Pick<ImportReport, 'imported' | 'fidelity'> {
	if (!english?.written) return { imported: [], fidelity: [] };
	const source = shown(bilingual!.file);
	const { file: target, runs, lines, missing } = english;
	return {
		imported: [{ source, target, outcome: english.written }],
		fidelity: [{ file: source, target, runs, lines, missing }],
	};
}

/** Writes the article's MDX, warning about each problem of its front matter; the outcome. */
function writeArticle(
	target: string,
	content: string,
	context: ArticleContext,
	warnings: ImportWarning[],
) {
	const outcome = context.record.write(target, content.replace(/\n*$/, '\n'));
	for (const d of validateFrontMatter(target, readFileSync(target, 'utf8')).diagnostics)
		warnings.push({
			kind: 'front-matter',
			message: formatDiagnostic({ ...d, file: shown(target) }),
		});
	return outcome;
}

/** The article's fidelity row: its Markdown's text runs and lines, and the runs its MDX lost. */
function fidelityOf(
	file: string,
	target: string,
	article: { markdown: string; mdx: string; where: (line: number) => string },
): ImportReport['fidelity'][number] {
	const { markdown, mdx, where } = article;
	const locate = (runs: { text: string; line: number }[]) =>
		runs.map((r) => ({ ...r, at: where(r.line) }));
	return {
		file,
		target,
		runs: locate(learnTextRuns(markdown)),
		lines: locate(learnLineTexts(markdown)),
		missing: locate(missingTextRuns(markdown, mdx)),
	};
}

/** The front matter of the article: Learn's, plus a title when it had none, its codes and its locale. */
function frontMatterOf(
	text: ReadSource,
	markdown: string,
	locale: Locale,
	warnings: ImportWarning[],
): string {
	const { data } = text.front;
	let yaml = text.front.yaml;
	const heading = firstHeading(markdown);
	if (data.title === undefined) {
		if (heading) yaml = setYamlField(yaml, 'title', heading);
		warnings.push({
			kind: 'front-matter',
			message: heading
				? 'no title: the first heading was used'
				: 'no title and no heading to take one from',
		});
	}
	const codes = errorCodesFrom([
		typeof data.title === 'string' ? data.title : undefined,
		heading,
		basename(text.file),
	]);
	if (data.errorCodes === undefined && codes.length > 0)
		yaml = setYamlField(yaml, 'errorCodes', codes);
	if (locale !== sourceLocale && !data['ms.contentlocale'])
		yaml = setYamlField(yaml, 'ms.contentlocale', locales[locale].lang);
	return yaml;
}

/** The version of the English article a published translation translates, when it was imported. */
function existingSource(slug: string, out: string, warnings: ImportWarning[]) {
	const file = join(out, 'articles', sourceLocale, `${slug}.mdx`);
	if (existsSync(file))
		return { file, hash: hashSourceFile(file, readFileSync(file, 'utf8')), written: undefined };
	warnings.push({
		kind: 'no-source',
		message: `no English article ${shown(file)}: import the English file (or this article's bilingual file) first, so the translation records which version it translates`,
	});
	return undefined;
}
