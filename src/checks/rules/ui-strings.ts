import type { Diagnostic } from '../../diagnostics/diagnostics.ts';
import { findUiStringProblems } from '../../i18n/ui-completeness.ts';
import { localeIds, sourceLocale, type Locale } from '../../i18n/locales.ts';
import { UiStringsSchema } from '../../i18n/ui-strings-schema.ts';
import type { CheckedProject, UiStringsFile } from '../types.ts';

const rule = 'ui-strings';

/**
 * Every locale has a UI-strings file of valid strings with exactly the keys en-us implies, plural
 * forms included. A file that is not valid JSON is reported once, at the line the parser
 * stopped, and its keys are not compared (they would all look missing).
 */
export function checkUiStrings(project: CheckedProject): Diagnostic[] {
	const problems: Diagnostic[] = [];
	const valid: Partial<Record<Locale, Record<string, string>>> = {};
	const unreadable = new Set<Locale>();
	for (const locale of localeIds) {
		const file = `src/i18n/ui/${locale}.json`;
		const read = project.uiStrings[locale];
		const at = (message: string, [line, column] = [1, 1]): Diagnostic => ({
			file,
			line,
			column,
			severity: 'error',
			message,
			rule,
		});
		if (read === undefined) {
			problems.push(
				at(
					`UI strings for ${locale} are missing: every locale in src/i18n/locales.ts needs this file`,
				),
			);
			unreadable.add(locale);
		} else if (read.error) {
			problems.push(
				at(
					`not valid JSON: ${read.error.message.replace(/ in JSON at position \d+.*$/, '')}`,
					syntaxErrorPlace(read),
				),
			);
			unreadable.add(locale);
		} else {
			const parsed = UiStringsSchema.safeParse(read.json);
			if (parsed.success) valid[locale] = parsed.data;
			else {
				problems.push(
					...parsed.error.issues.map((i) =>
						at(`"${String(i.path[0] ?? '')}": ${i.message}`, [
							lineOfKey(read, String(i.path[0] ?? '')),
							1,
						]),
					),
				);
				unreadable.add(locale);
			}
		}
	}
	if (unreadable.has(sourceLocale)) return problems;
	for (const { locale, key, problem } of findUiStringProblems(valid)) {
		if (unreadable.has(locale)) continue;
		const file = `src/i18n/ui/${locale}.json`;
		problems.push(
			problem === 'missing'
				? {
						file,
						line: 1,
						column: 1,
						severity: 'error',
						message: `missing key "${key}": add its ${locale} text`,
						rule,
					}
				: {
						file,
						line: lineOfKey(project.uiStrings[locale], key),
						column: 1,
						severity: 'error',
						message: `key "${key}" is not in en-us.json (or not a plural form ${locale} uses); remove it or add it to en-us.json`,
						rule,
					},
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
