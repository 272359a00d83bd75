import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { z } from 'astro/zod';
import type { Diagnostic } from './diagnostics.ts';
import { ArticleFrontMatterSchema, type ArticleFrontMatter } from './front-matter-schema.ts';

/** The front matter block of a file, and where its YAML starts. */
interface FrontMatterBlock {
	yaml: string;
	/** 1-based line of the first YAML line (the line after the opening `---`). */
	firstLine: number;
}

const fence = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(\r?\n|$)/m;

/** Finds the `---` fenced front matter at the very top of a file. */
function extractBlock(source: string): FrontMatterBlock | undefined {
	const text = source.replace(/^\uFEFF/, '');
	const match = fence.exec(text);
	if (!match || match.index !== 0) return undefined;
	return { yaml: match[1] ?? '', firstLine: 2 };
}

/**
 * Returns the Markdown body of a file: everything after its front matter.
 * @example readBody('---\ntitle: A\n---\nText') // 'Text'
 */
export function readBody(source: string): string {
	const text = source.replace(/^\uFEFF/, '');
	const match = fence.exec(text);
	return match && match.index === 0 ? text.slice(match[0].length) : text;
}

/** The result of validating one file's front matter. */
export interface FrontMatterResult {
	data?: ArticleFrontMatter;
	diagnostics: Diagnostic[];
}

/**
 * Parses and validates the front matter of an article. Every problem names the line and column
 * of the field, the field, the value as written and what was expected.
 * @example validateFrontMatter('content/articles/en-us/a.mdx', '---\ntitle: A\n---\n').diagnostics
 */
export function validateFrontMatter(file: string, source: string): FrontMatterResult {
	const at = (line: number, column: number, message: string): Diagnostic => ({
		file, line, column, severity: 'error', message, rule: 'front-matter',
	});
	const block = extractBlock(source);
	if (!block) {
		return { diagnostics: [at(1, 1, 'expected front matter: a YAML block between two `---` lines at the top of the file')] };
	}
	const lineCounter = new LineCounter();
	const doc = parseDocument(block.yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const position = (offset: number) => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + block.firstLine - 1, column: col };
	};
	if (doc.errors.length > 0) {
		return {
			diagnostics: doc.errors.map((e) => {
				const { line, column } = position(e.pos[0]);
				return at(line, column, `front matter is not valid YAML: ${e.message.split('\n')[0]}`);
			}),
		};
	}
	if (!isMap(doc.contents)) {
		return { diagnostics: [at(block.firstLine, 1, 'expected front matter to be a list of `field: value` lines')] };
	}
	const parsed = ArticleFrontMatterSchema.safeParse(doc.toJS());
	if (parsed.success) return { data: parsed.data, diagnostics: [] };
	const fields = doc.contents.items;
	const diagnostics = parsed.error.issues.map((issue) => {
		const field = String(issue.path[0] ?? '');
		const pair = fields.find((p) => isScalar(p.key) && String(p.key.value) === field);
		if (!pair) return at(block.firstLine, 1, `missing field "${field}": ${issue.message}`);
		const valueNode = itemNode(pair.value, issue.path[1]) ?? ((pair.value ?? pair.key) as YamlNode);
		const range = valueNode.range ?? (pair.key as YamlNode).range ?? [0, 0, 0];
		const { line, column } = position(range[0]);
		const written = block.yaml.slice(range[0], range[1]).trim();
		return at(line, column, `field "${describePath(issue)}": ${issue.message}; got ${quote(written)}`);
	});
	return { diagnostics };
}

/** The list item an issue is about (`errorCodes[1]`), so its own line is reported. */
function itemNode(value: unknown, index: PropertyKey | undefined): YamlNode | undefined {
	if (typeof index !== 'number' || !isSeq(value)) return undefined;
	return value.items[index] as YamlNode | undefined;
}

function describePath(issue: z.core.$ZodIssue): string {
	const [field, ...rest] = issue.path;
	return rest.reduce<string>((path, key) => `${path}[${String(key)}]`, String(field));
}

function quote(written: string): string {
	return written === '' ? 'nothing' : JSON.stringify(written.replace(/^["']|["']$/g, ''));
}
