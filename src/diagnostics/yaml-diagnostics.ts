import {
	isCollection,
	LineCounter,
	parseDocument,
	visit,
	type Document,
	type Node as YamlNode,
} from 'yaml';
import type { z } from 'astro/zod';
import type { Diagnostic } from './diagnostics.ts';

/** Where a YAML text sits in its file, and which rule reports its problems. */
export interface YamlSource {
	file: string;
	text: string;
	/** The file line of the text's first line (front matter starts on line 2). */
	firstLine?: number;
	rule: string;
}

/** A parsed YAML text that can point at the line of any value in it. */
export interface ParsedYaml {
	doc: Document.Parsed;
	/** The diagnostic for a problem at a path of keys and indexes (the closest existing node). */
	at: (
		path: readonly PropertyKey[],
		message: string,
		severity?: Diagnostic['severity'],
	) => Diagnostic;
	/** The value at a path as written in the file, trimmed. */
	written: (path: readonly PropertyKey[]) => string | undefined;
}

/**
 * Parses YAML keeping positions. Returns the syntax errors as diagnostics, or the document with
 * helpers that turn a path into `file:line:col`.
 */
export function parseYaml(source: YamlSource): { parsed?: ParsedYaml; diagnostics: Diagnostic[] } {
	const { file, text, rule } = source;
	const firstLine = source.firstLine ?? 1;
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const diagnostic = (
		offset: number,
		message: string,
		severity: Diagnostic['severity'] = 'error',
	): Diagnostic => {
		const { line, col } = lineCounter.linePos(offset);
		return { file, line: line + firstLine - 1, column: col, severity, message, rule };
	};
	// The first syntax error is the real one; those after it mostly follow from it.
	const [first, ...rest] = doc.errors;
	if (first) {
		const more =
			rest.length > 0
				? ` (fix this first: the ${rest.length} other problem${rest.length > 1 ? 's' : ''} the parser saw after it may follow from it)`
				: '';
		return {
			diagnostics: [
				diagnostic(first.pos[0], `not valid YAML: ${first.message.split('\n')[0]}${more}`),
			],
		};
	}
	const [reference, ...others] = anchorsAndAliases(doc);
	if (reference) {
		const more = others.length > 0 ? ` (${others.length} more after it)` : '';
		return { diagnostics: [diagnostic(reference.offset, `${reference.message}${more}`)] };
	}
	const nodeAt = (path: readonly PropertyKey[]): YamlNode | undefined => {
		for (let length = path.length; length >= 0; length--) {
			const node = length === 0 ? doc.contents : doc.getIn(path.slice(0, length), true);
			if (node && typeof node === 'object' && 'range' in node && node.range)
				return node as YamlNode;
		}
		return undefined;
	};
	const parsed: ParsedYaml = {
		doc,
		at: (path, message, severity) => diagnostic(nodeAt(path)?.range?.[0] ?? 0, message, severity),
		written: (path) => {
			const node = doc.getIn(path, true) as YamlNode | undefined;
			if (!node?.range || isCollection(node)) return undefined;
			return text.slice(node.range[0], node.range[1]).trim();
		},
	};
	return { parsed, diagnostics: [] };
}

/**
 * The YAML anchors (`&name`) and aliases (`*name`) of a document, which our files never need: an
 * alias repeats another value (and a chain of them can grow without bound), and an unquoted text
 * starting with `*` (`*Important*`) is read as one.
 */
function anchorsAndAliases(doc: Document.Parsed): { offset: number; message: string }[] {
	const found: { offset: number; message: string }[] = [];
	visit(doc, {
		Alias(_, node) {
			const text = `*${node.source}`;
			found.push({
				offset: node.range?.[0] ?? 0,
				message: `not valid here: ${text} is a YAML alias; write the value itself, and put text that starts with * in quotes ("${text}")`,
			});
		},
		Node(_, node) {
			if (node.tag && 'source' in node && !isCollection(node)) {
				found.push({
					offset: node.range?.[0] ?? 0,
					message: `not valid here: ${node.tag.replace('tag:yaml.org,2002:', '!!')} is a YAML tag; write the value as plain text (quote it if it starts with !)`,
				});
			}
			if (node.anchor)
				found.push({
					offset: node.range?.[0] ?? 0,
					message: `not valid here: &${node.anchor} is a YAML anchor; write each value in full instead of anchors and aliases`,
				});
		},
	});
	return found.sort((a, b) => a.offset - b.offset);
}

/**
 * Validates parsed YAML with a zod schema; each issue becomes a diagnostic at the line of the
 * value it is about, quoting the value as written.
 */
export function validateYaml<T extends z.ZodType>(
	parsed: ParsedYaml,
	schema: T,
): { data?: z.output<T>; diagnostics: Diagnostic[] } {
	const result = schema.safeParse(parsed.doc.toJS());
	if (result.success) return { data: result.data, diagnostics: [] };
	return {
		diagnostics: result.error.issues.map((issue) => {
			const path = issue.path as PropertyKey[];
			const written = parsed.written(path);
			const where = describePath(path);
			if (issue.code === 'unrecognized_keys') {
				return parsed.at(
					[...path, issue.keys[0] ?? ''],
					`${where ? `${where}: ` : ''}unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; remove ${issue.keys.length > 1 ? 'them' : 'it'} or fix the spelling`,
				);
			}
			if (written === undefined && parsed.doc.getIn(path) === undefined && path.length > 0) {
				return parsed.at(path, `missing field "${where}": ${issue.message}`);
			}
			return parsed.at(
				path,
				`field "${where}": ${issue.message}${written === undefined ? '' : `; got ${quote(written)}`}`,
			);
		}),
	};
}

/** `codes[3].definitions[0].section` from a path. */
function describePath(path: readonly PropertyKey[]): string {
	return path.reduce<string>(
		(text, key) =>
			typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
		'',
	);
}

function quote(written: string): string {
	return written === '' ? 'nothing' : JSON.stringify(written.replace(/^["']|["']$/g, ''));
}
