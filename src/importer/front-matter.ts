import { matchFence } from '../content/front-matter.ts';
import { isMap, isScalar, parseDocument } from 'yaml';

/** Front matter read from a Learn file, kept field for field (comments and order too). */
export interface ImportedFrontMatter {
	/** The YAML text to write, comments kept, empty template fields removed. */
	yaml: string;
	/** The values, for slugs, titles and checks. */
	data: Record<string, unknown>;
	/** The Markdown after the front matter. */
	body: string;
	/** The file's line (1-based) that the body starts on. */
	bodyLine: number;
	warnings: string[];
}

/**
 * Splits a Learn file into its front matter and body, tolerating CRLF, YAML comments, odd spacing
 * (`ms.date:     01/16/2025`) and empty template fields (`title:   # Add a title`), which are
 * removed with a warning since an empty value means nothing.
 */
export function readLearnFrontMatter(text: string): ImportedFrontMatter {
	const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const match = matchFence(source);
	if (!match)
		return { yaml: '', data: {}, body: source, bodyLine: 1, warnings: ['no front matter'] };
	const doc = parseDocument(match[1] ?? '');
	const error = doc.errors[0];
	if (error) {
		// The file's line: the YAML starts on line 2, after the opening `---`.
		const [line = 0, column = 0] = error.linePos?.[0]
			? [error.linePos[0].line + 1, error.linePos[0].col]
			: [];
		throw new Error(
			`line ${line}, column ${column}: front matter is not valid YAML: ${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
		);
	}
	const warnings: string[] = [];
	if (isMap(doc.contents)) {
		for (const pair of [...doc.contents.items]) {
			const empty =
				pair.value === null ||
				(isScalar(pair.value) && (pair.value.value === null || pair.value.value === ''));
			if (empty && isScalar(pair.key)) {
				warnings.push(`empty field "${String(pair.key.value)}" removed`);
				doc.delete(pair.key);
			}
		}
	}
	const data = (doc.toJS() ?? {}) as Record<string, unknown>;
	return {
		yaml: doc.toString({ lineWidth: 0 }).trimEnd(),
		data,
		body: source.slice(match[0].length),
		bodyLine: match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1),
		warnings,
	};
}

/** Sets a field of imported front matter YAML (adding it at the end), comments kept. */
export function setYamlField(
	yaml: string,
	field: string,
	value: string | readonly string[],
): string {
	const doc = parseDocument(yaml);
	doc.set(field, value);
	return doc.toString({ lineWidth: 0 }).trimEnd();
}

/** Removes fields from imported front matter YAML. */
export function deleteYamlFields(yaml: string, fields: readonly string[]): string {
	const doc = parseDocument(yaml);
	for (const field of fields) doc.delete(field);
	return doc.toString({ lineWidth: 0 }).trimEnd();
}
