import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { localeIds, locales, sourceLocale, type Locale } from '../i18n/locales.ts';
import type { TranslationStatus } from './status.ts';
import { articleSourcePath } from '../content/article-files.ts';

/** The marker that lets a workflow find (and update) its own comment on a pull request. */
const impactMarker = '<!-- translation-impact -->';

/** What a pull request's impact summary is made from. */
export interface ImpactInput {
	/** Translation status at the base of the pull request, and with its changes. */
	before: readonly TranslationStatus[];
	after: readonly TranslationStatus[];
	/** The check's problems in the files the pull request changed. */
	diagnostics: readonly Diagnostic[];
	/** Where links point: the repository's web URL and the commit checked. */
	links: { repository: string; commit: string };
}

/** What a pull request does to one locale. */
export interface LocaleImpact {
	locale: Locale;
	/** Slugs whose translation in this locale the change makes outdated. */
	outdated: string[];
	/** Slugs of new source articles that have no translation in this locale. */
	untranslated: string[];
}

const keyOf = (s: TranslationStatus) => `${s.locale}/${s.slug}`;

/**
 * Per locale, the translations a change makes outdated (outdated after it, not before) and the
 * new source articles (absent before) with no translation in that locale.
 * @example localeImpacts(before, after).find((i) => i.locale === 'de-de') // { locale: 'de-de', outdated: ['aadsts50011'], untranslated: [] }
 */
export function localeImpacts(
	before: readonly TranslationStatus[],
	after: readonly TranslationStatus[],
): LocaleImpact[] {
	const was = new Map(before.map((s) => [keyOf(s), s.state]));
	const newSources = new Set(
		after.filter((s) => s.state === 'source' && !was.has(keyOf(s))).map((s) => s.slug),
	);
	return localeIds
		.filter((locale) => locale !== sourceLocale)
		.map((locale) => {
			const here = after.filter((s) => s.locale === locale);
			return {
				locale,
				outdated: here
					.filter((s) => s.state === 'outdated' && was.get(keyOf(s)) !== 'outdated')
					.map((s) => s.slug),
				untranslated: here
					.filter((s) => s.state === 'fallback' && newSources.has(s.slug))
					.map((s) => s.slug),
			};
		});
}

/**
 * The pull request comment (and job summary): the translation impact per locale, then the
 * check's errors and warnings in the changed files, each linked to its line.
 * @example impactSummary(input).startsWith('<!-- translation-impact -->\n## Translation impact') // true
 */
export function impactSummary(input: ImpactInput): string {
	const blob = (file: string, line?: number) =>
		`${input.links.repository}/blob/${input.links.commit}/${file}${line ? `#L${line}` : ''}`;
	const article = (locale: Locale, slug: string) =>
		`[${slug}](${blob(articleSourcePath(locale, slug))})`;
	const impacts = localeImpacts(input.before, input.after).filter(
		(i) => i.outdated.length + i.untranslated.length > 0,
	);
	const outdated = impacts.reduce((n, i) => n + i.outdated.length, 0);
	const untranslated = impacts.reduce((n, i) => n + i.untranslated.length, 0);
	const lines = [impactMarker, '## Translation impact', ''];
	if (impacts.length === 0)
		lines.push(
			'This change makes no translation outdated and adds no article that needs translating.',
		);
	else {
		lines.push(
			`This change makes ${plural(outdated, 'translation')} outdated and leaves ${plural(untranslated, 'translation')} of new articles to do, in ${plural(impacts.length, 'locale')}.`,
			'',
		);
		lines.push('| locale | made outdated | new, not translated yet |', '| --- | --- | --- |');
		for (const i of impacts) {
			const cell = (slugs: string[], locale: Locale) =>
				slugs.length ? slugs.map((slug) => article(locale, slug)).join(', ') : '–';
			lines.push(
				`| ${i.locale} (${locales[i.locale].label}) | ${cell(i.outdated, i.locale)} | ${cell(i.untranslated, sourceLocale)} |`,
			);
		}
	}
	lines.push('', '## Check of the changed files', '');
	const errors = input.diagnostics.filter((d) => d.severity === 'error').length;
	if (input.diagnostics.length === 0) lines.push('No errors or warnings in the changed files.');
	else {
		lines.push(
			`${plural(errors, 'error')}, ${plural(input.diagnostics.length - errors, 'warning')}:`,
			'',
		);
		for (const d of input.diagnostics)
			lines.push(
				`- **${d.severity}** [${d.file}:${d.line}:${d.column}](${blob(d.file, d.line)}) ${escapeMarkdown(d.message)} (\`${d.rule}\`)`,
			);
	}
	return `${lines.join('\n')}\n`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Text from writers' files, made inert in Markdown (no mentions, links, HTML or tables). */
function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_[\]<>|#!]/g, (c) => `\\${c}`).replace(/@/g, '@\u2060');
}
