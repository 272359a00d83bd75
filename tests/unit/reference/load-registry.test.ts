import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../../src/diagnostics/diagnostics.ts';
import { loadRegistry } from '../../../src/reference/load-registry.ts';
import { explanationOf, minimalRegistry, tempProject } from '../helpers/temp-project.ts';

const documents = minimalRegistry.slice(0, minimalRegistry.indexOf('codes:'));
const grant = minimalRegistry.slice(minimalRegistry.indexOf('  - code:'));
const explanation = explanationOf;

/** A project folder with the given registry text and, unless replaced, a valid explanation per locale. */
function project(registry: string, explanations: Partial<Record<string, string | undefined>> = {}) {
	return tempProject({
		'content/reference/oauth-errors.yaml': registry,
		...Object.fromEntries(
			Object.entries(explanations).map(([locale, text]) => [
				`content/reference/explanations/${locale}.yaml`,
				text,
			]),
		),
	});
}
const messages = (root: string) => loadRegistry(root).diagnostics.map(formatDiagnostic);

describe('loadRegistry', () => {
	test('loads a valid registry with every locale explained', () => {
		const { loaded, diagnostics } = loadRegistry(project(`${documents}codes:\n${grant}`));
		expect(diagnostics).toEqual([]);
		expect(loaded?.registry.codes.map((c) => c.code)).toEqual(['invalid_grant']);
		expect(loaded?.explanations['ar-sa']?.invalid_grant?.fixes).toEqual(['Sign in again.']);
	});

	test('rejects an unknown field, naming the entry line', () => {
		expect(messages(project(`${documents}codes:\n${grant}    status: 400\n`))).toEqual([
			'content/reference/oauth-errors.yaml:15:13  error  codes[0]: unknown field "status"; remove it or fix the spelling  (registry)',
		]);
	});

	test('rejects a duplicate code at its second entry', () => {
		expect(messages(project(`${documents}codes:\n${grant}${grant}`))).toEqual([
			'content/reference/oauth-errors.yaml:15:11  error  duplicate code "invalid_grant": it is already entry 1; merge the two into one entry with several definitions  (registry)',
		]);
	});

	test('rejects a section written as a number', () => {
		expect(messages(project(`${documents}codes:\n${grant.replace('"5.2"', '5.2')}`))).toEqual([
			'content/reference/oauth-errors.yaml:11:18  error  field "codes[0].definitions[0].section": expected the section number as quoted text, such as "5.2" (a bare 5.2 is read as a number); got "5.2"  (registry)',
		]);
	});

	test('rejects a malformed section and an unknown document', () => {
		const registry = `${documents}codes:\n${grant.replace('"5.2"', '"5.2a"').replace('document: rfc6749', 'document: rfc6794')}`;
		expect(messages(project(registry))).toEqual([
			'content/reference/oauth-errors.yaml:11:18  error  field "codes[0].definitions[0].section": expected a section number such as "4.1.2.1"; got "5.2a"  (registry)',
		]);
		expect(
			messages(
				project(`${documents}codes:\n${grant.replace('document: rfc6749', 'document: rfc6794')}`),
			),
		).toEqual([
			'content/reference/oauth-errors.yaml:10:19  error  "invalid_grant": unknown document "rfc6794"; expected one of rfc6749  (registry)',
		]);
	});

	test('rejects a missing locale text and an explanation of an unknown code', () => {
		const root = project(`${documents}codes:\n${grant}`, {
			'ja-jp': explanation('invalid_grnt'),
			'de-de': undefined,
		});
		expect(messages(root)).toEqual([
			'content/reference/explanations/de-de.yaml:1:1  error  explanations for de-de are missing: every locale needs this file, one entry per registry code  (registry-explanations)',
			'content/reference/explanations/ja-jp.yaml:1:1  error  missing explanation of "invalid_grant" in ja-jp: add an entry with summary, causes and fixes  (registry-explanations)',
			'content/reference/explanations/ja-jp.yaml:2:3  error  "invalid_grnt" is not a code of the registry (content/reference/oauth-errors.yaml); remove it or fix the spelling  (registry-explanations)',
		]);
	});

	test('rejects a related code that is not in the registry', () => {
		expect(
			messages(project(`${documents}codes:\n${grant}    related: [invalid_clint]\n`, {})),
		).toEqual([
			'content/reference/oauth-errors.yaml:15:15  error  "invalid_grant": related code "invalid_clint" is not in the registry  (registry)',
		]);
	});
});
