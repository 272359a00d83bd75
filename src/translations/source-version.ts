import { formatDiagnostic } from '../diagnostics/diagnostics.ts';
import { validateFrontMatter, matchFence } from '../content/front-matter.ts';
import { hashArticle } from '../content/source-hash.ts';

/**
 * The content hash of a source article file (its title, description and body).
 * Throws with the file's front matter problems when it cannot be read.
 */
export function hashSourceFile(file: string, source: string): string {
	const { data, diagnostics } = validateFrontMatter(file, source);
	if (!data)
		throw new Error(
			`cannot hash a source whose front matter is invalid:\n${diagnostics.map((d) => `  ${formatDiagnostic(d)}`).join('\n')}`,
		);
	return hashArticle(data, source);
}

/**
 * Sets one scalar field in a file's front matter, keeping every other line as written:
 * replaces the field's line, or adds it before the closing `---`.
 * @example setFrontMatterField('---\ntitle: T\n---\n', 'sourceHash', 'ab12') // '---\ntitle: T\nsourceHash: ab12\n---\n'
 */
export function setFrontMatterField(source: string, field: string, value: string): string {
	const eol = source.includes('\r\n') ? '\r\n' : '\n';
	const fence = matchFence(source);
	if (!fence)
		throw new Error('expected front matter between two `---` lines at the top of the file');
	const lines = source.split(/\r?\n/);
	// The closing `---` is the fence's last line.
	const close = fence[0].replace(/\r?\n$/, '').split(/\r?\n/).length - 1;
	const line = `${field}: ${value}`;
	const existing = lines.slice(1, close).findIndex((l) => l.startsWith(`${field}:`));
	if (existing === -1) lines.splice(close, 0, line);
	else lines[existing + 1] = line;
	return lines.join(eol);
}
