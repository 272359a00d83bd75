import type { Diagnostic } from '../../content/diagnostics.ts';
import { findUiStringProblems } from '../../i18n/ui-completeness.ts';
import { localeIds, type Locale } from '../../i18n/locales.ts';
import { UiStringsSchema } from '../../i18n/ui-strings-schema.ts';
import type { CheckedProject } from '../project.ts';

/** Every locale has a UI-strings file with exactly the keys en-us implies, plural forms included. */
export function checkUiStrings(project: CheckedProject): Diagnostic[] {
	const problems: Diagnostic[] = [];
	const fileOf = (locale: string) => `src/i18n/ui/${locale}.json`;
	const lineOf = (locale: string, key: string) => {
		const parsed = project.uiStrings[locale];
		const text = parsed instanceof Error ? '' : JSON.stringify(parsed, null, '\t');
		return text.split('\n').findIndex((l) => l.trimStart().startsWith(`"${key}"`)) + 1 || 1;
	};
	const valid: Partial<Record<Locale, Record<string, string>>> = {};
	for (const locale of localeIds) {
		const raw = project.uiStrings[locale];
		const at = (message: string, line = 1): Diagnostic => ({ file: fileOf(locale), line, column: 1, severity: 'error', message, rule: 'ui-strings' });
		if (raw === undefined) problems.push(at(`UI strings for ${locale} are missing: every locale in src/i18n/locales.ts needs this file`));
		else if (raw instanceof Error) problems.push(at(`not valid JSON: ${raw.message}`));
		else {
			const parsed = UiStringsSchema.safeParse(raw);
			if (parsed.success) valid[locale] = parsed.data;
			else problems.push(...parsed.error.issues.map((i) => at(`"${String(i.path[0] ?? '')}": ${i.message}`, lineOf(locale, String(i.path[0] ?? '')))));
		}
	}
	for (const { locale, key, problem } of findUiStringProblems(valid)) {
		problems.push(
			problem === 'missing'
				? { file: fileOf(locale), line: 1, column: 1, severity: 'error', message: `missing key "${key}": add its ${locale} text`, rule: 'ui-strings' }
				: { file: fileOf(locale), line: lineOf(locale, key), column: 1, severity: 'error', message: `key "${key}" is not in en-us.json (or not a plural form ${locale} uses); remove it or add it to en-us.json`, rule: 'ui-strings' },
		);
	}
	return problems;
}
