import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { parseYaml, validateYaml, type ParsedYaml } from '../diagnostics/yaml-diagnostics.ts';
import { localeIds, type Locale } from '../i18n/locales.ts';
import {
	ExplanationsSchema,
	RegistrySchema,
	type Explanation,
	type Registry,
} from './registry-schema.ts';

/** Where the registry lives, relative to the project root. */
export const registryFile = 'content/reference/oauth-errors.yaml';
/** One file of explanations per locale. */
const explanationsFile = (locale: Locale) => `content/reference/explanations/${locale}.yaml`;

/** The validated registry with every locale's explanations. */
export interface LoadedRegistry {
	registry: Registry;
	explanations: Record<Locale, Record<string, Explanation>>;
}

/** The error that a file the registry needs does not exist. */
function missingFile(file: string, message: string, rule: string): Diagnostic {
	return { file, line: 1, column: 1, severity: 'error', message, rule };
}

/** The registry parsed and validated, its data only when it has the right shape. */
function readRegistry(text: string, diagnostics: Diagnostic[]): Registry | undefined {
	const { parsed, diagnostics: syntax } = parseYaml({
		file: registryFile,
		text,
		rule: 'registry',
	});
	diagnostics.push(...syntax);
	const registry = parsed && validateYaml(parsed, RegistrySchema);
	if (registry) diagnostics.push(...registry.diagnostics);
	if (parsed && registry?.data) diagnostics.push(...checkRegistry(registry.data, parsed.at));
	return registry?.data;
}

/** One locale's explanations, validated and checked against the codes; none if missing or bad. */
function readExplanations(
	locale: Locale,
	text: string | undefined,
	codes: ReadonlySet<string> | undefined,
	diagnostics: Diagnostic[],
): Record<string, Explanation> | undefined {
	const file = explanationsFile(locale);
	if (text === undefined) {
		diagnostics.push(
			missingFile(
				file,
				`explanations for ${locale} are missing: every locale needs this file, one entry per registry code`,
				'registry-explanations',
			),
		);
		return undefined;
	}
	const { parsed: doc, diagnostics: errors } = parseYaml({
		file,
		text,
		rule: 'registry-explanations',
	});
	diagnostics.push(...errors);
	const result = doc && validateYaml(doc, ExplanationsSchema);
	if (!doc || !result?.data) {
		diagnostics.push(...(result?.diagnostics ?? []));
		return undefined;
	}
	diagnostics.push(...explanationCoverage(locale, result.data, codes, doc));
	return result.data;
}

/** The registry codes a locale's explanations miss, then the explained codes the registry lacks. */
function explanationCoverage(
	locale: Locale,
	explained: Record<string, Explanation>,
	codes: ReadonlySet<string> | undefined,
	doc: ParsedYaml,
): Diagnostic[] {
	const problems: Diagnostic[] = [];
	for (const code of codes ?? []) {
		if (!explained[code])
			problems.push(
				doc.at(
					[],
					`missing explanation of "${code}" in ${locale}: add an entry with summary, causes and fixes`,
				),
			);
	}
	for (const code of Object.keys(explained)) {
		if (codes && !codes.has(code))
			problems.push(
				doc.at(
					[code],
					`"${code}" is not a code of the registry (${registryFile}); remove it or fix the spelling`,
				),
			);
	}
	return problems;
}

/**
 * Reads and validates the registry and its explanations below a project root. Problems are
 * returned as diagnostics (file, line, entry); the data is returned only when there is no error.
 */
export function loadRegistry(root: string): { loaded?: LoadedRegistry; diagnostics: Diagnostic[] } {
	const diagnostics: Diagnostic[] = [];
	const read = (file: string) =>
		existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : undefined;
	const registryText = read(registryFile);
	if (registryText === undefined)
		return {
			diagnostics: [missingFile(registryFile, 'the registry file is missing', 'registry')],
		};
	const registry = readRegistry(registryText, diagnostics);
	// Explanations are checked against the codes only when the registry itself could be read.
	const codes = registry ? new Set(registry.codes.map((c) => c.code)) : undefined;

	const explanations = {} as LoadedRegistry['explanations'];
	for (const locale of localeIds) {
		const data = readExplanations(locale, read(explanationsFile(locale)), codes, diagnostics);
		if (data) explanations[locale] = data;
	}
	diagnostics.sort(
		(a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
	);
	const hasErrors = diagnostics.some((d) => d.severity === 'error');
	return {
		...(hasErrors || !registry ? {} : { loaded: { registry, explanations } }),
		diagnostics,
	};
}

/** Cross-entry rules: unique codes, known documents and related codes, linkable sections. */
function checkRegistry(
	registry: Registry,
	at: (path: PropertyKey[], message: string) => Diagnostic,
): Diagnostic[] {
	const problems: Diagnostic[] = [];
	const seen = new Map<string, number>();
	const codes = new Set(registry.codes.map((c) => c.code));
	registry.codes.forEach((entry, index) => {
		const first = seen.get(entry.code);
		if (first !== undefined)
			problems.push(
				at(
					['codes', index, 'code'],
					`duplicate code "${entry.code}": it is already entry ${first + 1}; merge the two into one entry with several definitions`,
				),
			);
		else seen.set(entry.code, index);
		entry.definitions.forEach((definition, d) => {
			const document = registry.documents[definition.document];
			const path = ['codes', index, 'definitions', d];
			if (!document) {
				problems.push(
					at(
						[...path, 'document'],
						`"${entry.code}": unknown document "${definition.document}"; expected one of ${Object.keys(registry.documents).join(', ')}`,
					),
				);
			} else if (!document.sectionUrl && !document.anchors?.[definition.section]) {
				problems.push(
					at(
						[...path, 'section'],
						`"${entry.code}": ${document.name} has no link for section ${definition.section}; add it to the document's anchors`,
					),
				);
			}
		});
		entry.related.forEach((related, r) => {
			if (!codes.has(related))
				problems.push(
					at(
						['codes', index, 'related', r],
						`"${entry.code}": related code "${related}" is not in the registry`,
					),
				);
		});
	});
	return problems;
}

/**
 * The registry's files as they are now (size and modification time of each), to notice a save
 * without reading them.
 * @example registryVersion(root) // 'content/reference/oauth-errors.yaml 1764633600000 52311\n…'
 */
export function registryVersion(root: string): string {
	return [registryFile, ...localeIds.map(explanationsFile)]
		.map((file) => {
			try {
				const { mtimeMs, size } = statSync(join(root, file));
				return `${file} ${mtimeMs} ${size}`;
			} catch {
				return `${file} missing`;
			}
		})
		.join('\n');
}

let lastLoad:
	{ root: string; version: string; result: ReturnType<typeof loadRegistry> } | undefined;

/**
 * `loadRegistry`, read again only when one of its files changed since the last call (the dev
 * server loads the project on every save; parsing the registry is most of that).
 */
export function loadRegistryIfChanged(root: string): ReturnType<typeof loadRegistry> {
	const version = registryVersion(root);
	if (lastLoad?.root !== root || lastLoad.version !== version)
		lastLoad = { root, version, result: loadRegistry(root) };
	return lastLoad.result;
}
