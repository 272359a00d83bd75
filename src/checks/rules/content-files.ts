import { isLocale, localeIds, sourceLocale } from '../../i18n/locales.ts';
import { articleSourcePath, slugPattern, type ArticleFile } from '../../content/article-files.ts';
import type { Diagnostic } from '../../diagnostics/diagnostics.ts';
import type { CheckedProject } from '../types.ts';

/**
 * Checks the article files as a set: each folder is a known locale, each name a valid slug, and
 * each translation has an en-us source. (Each file's front matter is checked where it is
 * compiled.) Returns the problems sorted by file.
 */
export function validateArticles(files: readonly Omit<ArticleFile, 'source'>[]): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const error = (file: string, message: string, rule: string) =>
		diagnostics.push({ file, line: 1, column: 1, severity: 'error', message, rule });
	const sources = new Set(files.filter((f) => f.folder === sourceLocale).map((f) => f.slug));
	for (const { file, folder, slug } of files) {
		if (!isLocale(folder)) {
			error(
				file,
				`unknown locale folder "${folder}": expected one of ${localeIds.join(', ')} (declared in src/i18n/locales.ts)`,
				'locale-folder',
			);
			continue;
		}
		if (!slugPattern.test(slug)) {
			error(
				file,
				`file name "${slug}.mdx" is not a valid slug: expected lowercase letters, digits and single hyphens, such as aadsts50000.mdx`,
				'slug',
			);
		}
		if (folder !== sourceLocale && !sources.has(slug)) {
			error(
				file,
				`translation has no source: expected ${articleSourcePath(sourceLocale, slug)} to exist`,
				'orphan-translation',
			);
		}
	}
	return diagnostics.sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * Locale folders, slugs and orphan translations (front matter is checked with each file), and
 * what reading the project's files found.
 */
export function checkContentFiles(project: CheckedProject): Diagnostic[] {
	return [...project.readProblems, ...validateArticles(project.articles)];
}
