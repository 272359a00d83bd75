import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { ArticleFrontMatterSchema, type ArticleFrontMatter } from './front-matter-schema.ts';
import { parseYaml, validateYaml } from '../diagnostics/yaml-diagnostics.ts';

const fence = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(\r?\n|$)/m;

/** The front matter block at the very top of a file (a BOM before it allowed), if there is one. */
export function matchFence(source: string): RegExpExecArray | undefined {
	const match = fence.exec(source.replace(/^\uFEFF/, ''));
	return match && match.index === 0 ? match : undefined;
}

/**
 * Returns the Markdown body of a file: everything after its front matter.
 * @example readBody('---\ntitle: A\n---\nText') // 'Text'
 */
export function readBody(source: string): string {
	const text = source.replace(/^\uFEFF/, '');
	const match = matchFence(text);
	return match ? text.slice(match[0].length) : text;
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
	const rule = 'front-matter';
	const match = matchFence(source);
	if (!match) {
		const message = 'expected front matter: a YAML block between two `---` lines at the top of the file';
		return { diagnostics: [{ file, line: 1, column: 1, severity: 'error', message, rule }] };
	}
	const { parsed, diagnostics } = parseYaml({ file, text: match[1] ?? '', firstLine: 2, rule });
	if (!parsed) return { diagnostics: diagnostics.map((d) => ({ ...d, message: `front matter is ${d.message}` })) };
	if (!parsed.doc.contents || !('items' in parsed.doc.contents) || Array.isArray(parsed.doc.toJS())) {
		return { diagnostics: [parsed.at([], 'expected front matter to be a list of `field: value` lines')] };
	}
	return validateYaml(parsed, ArticleFrontMatterSchema);
}

/**
 * The 1-based line on which a front matter field is written (1 when it is not there).
 * @example lineOfField('---\ntitle: A\nsourceHash: "ab"\n---\n', 'sourceHash') // 3
 */
export function lineOfField(source: string, field: string): number {
	return source.split(/\r?\n/).findIndex((line) => line.startsWith(`${field}:`)) + 1 || 1;
}
