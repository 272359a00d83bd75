import { isLocale, locales, localeIds, sourceLocale } from '../i18n/locales.ts';
import type { ArticleFile } from './article-files.ts';
import type { Diagnostic } from './diagnostics.ts';
import { validateFrontMatter } from './front-matter.ts';

/** Lowercase words of letters and digits joined by `-`: the slug is part of the URL. */
export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Checks every article file: its folder is a known locale, its name is a valid slug, its front
 * matter is valid and agrees with its folder, and a translation has an en-us source.
 * Returns the problems sorted by file and line.
 */
export function validateArticles(files: readonly ArticleFile[]): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const error = (file: string, message: string, rule: string, line = 1, column = 1) =>
		diagnostics.push({ file, line, column, severity: 'error', message, rule });
	const sources = new Set(files.filter((f) => f.folder === sourceLocale).map((f) => f.slug));
	for (const article of files) {
		const { file, folder, slug } = article;
		if (!isLocale(folder)) {
			error(file, `unknown locale folder "${folder}": expected one of ${localeIds.join(', ')} (declared in src/i18n/locales.ts)`, 'locale-folder');
			continue;
		}
		if (!slugPattern.test(slug)) {
			error(file, `file name "${slug}.mdx" is not a valid slug: expected lowercase letters, digits and single hyphens, such as aadsts50000.mdx`, 'slug');
		}
		if (folder !== sourceLocale && !sources.has(slug)) {
			error(file, `translation has no source: expected content/articles/${sourceLocale}/${slug}.mdx to exist`, 'orphan-translation');
		}
		const { data, diagnostics: found } = validateFrontMatter(file, article.source);
		diagnostics.push(...found);
		const contentLocale = data?.['ms.contentlocale'];
		if (contentLocale !== undefined && contentLocale.toLowerCase() !== folder) {
			error(file, `field "ms.contentlocale": expected ${locales[folder].lang} for a file in content/articles/${folder}/; got "${contentLocale}"`, 'content-locale', lineOf(article.source, 'ms.contentlocale'));
		}
	}
	return diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** The 1-based line on which a front matter field is written (1 when it is not found). */
function lineOf(source: string, field: string): number {
	const index = source.split(/\r?\n/).findIndex((line) => line.startsWith(`${field}:`));
	return index + 1 || 1;
}
