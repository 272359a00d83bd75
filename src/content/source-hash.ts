import { createHash } from 'node:crypto';

/**
 * The content hash of a source article: what a translation records as the version it was made
 * from. It covers only what a translator translates (title, description, body), with line endings
 * and trailing spaces normalized, so metadata edits such as `ms.date` do not make translations
 * outdated.
 * @example hashSource({ title: 'T', description: 'D', body: 'Text\n' }) // 16 hex digits
 */
export function hashSource(source: { title: string; description?: string | undefined; body: string }): string {
	const normalize = (text: string) =>
		text
			.replace(/\r\n?/g, '\n')
			.split('\n')
			.map((line) => line.trimEnd())
			.join('\n')
			.trim();
	const canonical = [source.title, source.description ?? '', normalize(source.body)].map(normalize).join('\n\n');
	return createHash('sha256').update(canonical, 'utf8').digest('hex').slice(0, 16);
}
