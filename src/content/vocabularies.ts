import type { Locale } from '../i18n/locales.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { lineOfField } from './front-matter.ts';

/**
 * The products articles are grouped by (`ms.service`), each with its name in every locale.
 * Adding a product is one entry here.
 */
export const products: Record<string, Record<Locale, string>> = {
	'entra-id': { 'en-us': 'Microsoft Entra ID', 'zh-cn': 'Microsoft Entra ID', 'ja-jp': 'Microsoft Entra ID', 'de-de': 'Microsoft Entra ID', 'fr-fr': 'Microsoft Entra ID', 'ar-sa': 'Microsoft Entra ID' },
	'identity-platform': {
		'en-us': 'Microsoft identity platform',
		'zh-cn': 'Microsoft 标识平台',
		'ja-jp': 'Microsoft ID プラットフォーム',
		'de-de': 'Microsoft Identity Platform',
		'fr-fr': 'Plateforme d’identités Microsoft',
		'ar-sa': 'النظام الأساسي للهويات من Microsoft',
	},
	'active-directory': { 'en-us': 'Active Directory', 'zh-cn': 'Active Directory', 'ja-jp': 'Active Directory', 'de-de': 'Active Directory', 'fr-fr': 'Active Directory', 'ar-sa': 'Active Directory' },
	'o365-administration': {
		'en-us': 'Microsoft 365 administration',
		'zh-cn': 'Microsoft 365 管理',
		'ja-jp': 'Microsoft 365 の管理',
		'de-de': 'Microsoft 365-Verwaltung',
		'fr-fr': 'Administration de Microsoft 365',
		'ar-sa': 'إدارة Microsoft 365',
	},
};

/**
 * Every front matter field with a fixed set of values, and its values: the one list the checks
 * use. A value outside it is an error, with the nearest known value offered.
 */
export const vocabularies: Record<string, readonly string[]> = {
	'ms.service': Object.keys(products),
	'ms.topic': ['troubleshooting-problem-resolution', 'troubleshooting', 'troubleshooting-general', 'troubleshooting-known-issue', 'troubleshooting-error-codes', 'article', 'conceptual', 'how-to', 'reference', 'overview'],
	audience: ['Admin', 'ITPro', 'Developer', 'End User'],
	localization_priority: ['Priority', 'Normal'],
	ROBOTS: ['NOINDEX', 'NOFOLLOW', 'NOINDEX, NOFOLLOW', 'INDEX, FOLLOW'],
};

/**
 * The name of a product in a locale; an unknown product keeps its id (the check reports it).
 * @example productName('de-de', 'o365-administration') // 'Microsoft 365-Verwaltung'
 */
export function productName(locale: Locale, id: string): string {
	return products[id]?.[locale] ?? id;
}

/** The edit distance of two texts (insertions, deletions, substitutions, swaps of neighbours). */
function distance(a: string, b: string): number {
	const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
			rows[i]![j] = best;
		}
	}
	return rows[a.length]![b.length]!;
}

/**
 * The known value nearest a mistyped one, when it is near enough to be a typo.
 * @example didYouMean('troubleshoting', vocabularies['ms.topic']) // 'troubleshooting'
 */
export function didYouMean(value: string, known: readonly string[]): string | undefined {
	const lower = value.toLowerCase();
	const scored = known.map((k) => ({ k, d: distance(lower, k.toLowerCase()) })).sort((a, b) => a.d - b.d);
	const best = scored[0];
	return best && best.d <= Math.max(2, Math.floor(value.length / 4)) ? best.k : undefined;
}

/**
 * The front matter values outside their field's vocabulary, each at its field's line.
 * @example vocabularyProblems('a.mdx', source, { 'ms.topic': 'troubleshoting' })[0].message // 'field "ms.topic": unknown value "troubleshoting"; did you mean "troubleshooting"? …'
 */
export function vocabularyProblems(file: string, source: string, data: Record<string, unknown>): Diagnostic[] {
	return Object.entries(vocabularies).flatMap(([field, known]): Diagnostic[] => {
		const value = data[field];
		const values = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
		return values
			.filter((v) => !known.includes(v))
			.map((v) => {
				const suggestion = didYouMean(v, known);
				const hint = suggestion ? `did you mean "${suggestion}"? ` : '';
				const message = `field "${field}": unknown value "${v}"; ${hint}expected one of ${known.map((k) => `"${k}"`).join(', ')} (to add one, add it in src/content/vocabularies.ts)`;
				return { file, line: lineOfField(source, field), column: 1, severity: 'error', message, rule: 'vocabulary' };
			});
	});
}
