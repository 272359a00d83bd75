import type { Diagnostic } from '../../diagnostics/diagnostics.ts';
import { findUiStringProblems } from '../../i18n/ui-completeness.ts';
import { localeIds, sourceLocale, type Locale } from '../../i18n/locales.ts';
import { UiStringsSchema } from '../../i18n/ui-strings-schema.ts';
import type { CheckedProject, UiStringsFile } from '../types.ts';

const rule = 'ui-strings';

/** An error in a locale's UI-strings file. */
function problemIn(locale: string, message: string, [line, column] = [1, 1]): Diagnostic {
	return { file: `src/i18n/ui/${locale}.json`, line, column, severity: 'error', message, rule };
}

/** A locale's strings when its file is there, valid JSON and valid strings; else its problems. */
function readStrings(
	locale: Locale,
	read: UiStringsFile | undefined,
): { strings?: Record<string, string>; problems: Diagnostic[] } {
	if (read === undefined) {
		const message = `UI strings for ${locale} are missing: every locale in src/i18n/locales.ts needs this file`;
		return { problems: [problemIn(locale, message)] };
	}
	if (read.error) {
		const reason = read.error.message.replace(/ in JSON at position \d+.*$/, '');
		return { problems: [problemIn(locale, `not valid JSON: ${reason}`, syntaxErrorPlace(read))] };
	}
	const parsed = UiStringsSchema.safeParse(read.json);
	if (parsed.success) return { strings: parsed.data, problems: [] };
	const problems = parsed.error.issues.map((i) => {
		const key = String(i.path[0] ?? '');
		return problemIn(locale, `"${key}": ${i.message}`, [lineOfKey(read, key), 1]);
	});
	return { problems };
}

/**
 * Every locale has a UI-strings file of valid strings with exactly the keys en-us implies, plural
 * forms included. A file that is not valid JSON is reported once, at the line the parser
 * stopped, and its keys are not compared (they would all look missing).
 */
export function checkUiStrings(project: CheckedProject): Diagnostic[] {
	const problems: Diagnostic[] = [];
	const valid: Partial<Record<Locale, Record<string, string>>> = {};
	for (const locale of localeIds) {
		const read = readStrings(locale, project.uiStrings[locale]);
		problems.push(...read.problems);
		if (read.strings) valid[locale] = read.strings;
	}
	if (!valid[sourceLocale]) return problems;
	for (const { locale, key, problem } of findUiStringProblems(valid)) {
		if (!valid[locale]) continue;
		problems.push(
			problem === 'missing'
				? problemIn(locale, `missing key "${key}": add its ${locale} text`)
				: problemIn(
						locale,
						`key "${key}" is not in en-us.json (or not a plural form ${locale} uses); remove it or add it to en-us.json`,
						[lineOfKey(project.uiStrings[locale], key), 1],
					),
		);
	}
	return problems;
}

/** The line on which a key is written in its file (1 when it is not found). */
function lineOfKey(read: UiStringsFile | undefined, key: string): number {
	return (
		(read?.text ?? '')
			.split('\n')
			.findIndex((line) => line.trimStart().startsWith(JSON.stringify(key))) + 1 || 1
	);
}

/** Where JSON.parse stopped, from the position its message gives. */
function syntaxErrorPlace(read: UiStringsFile): [number, number] {
	const position = Number(/position (\d+)/.exec(read.error?.message ?? '')?.[1] ?? NaN);
	const before = Number.isNaN(position) ? read.text : read.text.slice(0, position);
	const lines = before.split('\n');
	return Number.isNaN(position) ? [1, 1] : [lines.length, (lines.at(-1)?.length ?? 0) + 1];
}
