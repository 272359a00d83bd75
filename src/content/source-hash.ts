import { createHash } from 'node:crypto';
import { readBody } from './front-matter.ts';

/**
 * The content hash of a source article: what a translation records as the version it was made
 * from. It covers only what a translator translates (title, description, body), with line endings
 * and trailing spaces normalized, so metadata edits such as `ms.date` do not make translations
 * outdated.
 * @example hashSource({ title: 'T', description: 'D', body: 'Text\n' }) // 16 hex digits
 */
export function hashSource(source: { title: string; description?: string | undefined; body: string }): string {
	const canonical = [source.title, source.description ?? '', source.body].map(normalizeSourceText).join('\n\n');
	return createHash('sha256').update(canonical, 'utf8').digest('hex').slice(0, 16);
}

/**
 * The content hash of an article file whose front matter is already read.
 * @example hashArticle({ title: 'T' }, '---\ntitle: T\n---\nText\n') // same as hashSource({ title: 'T', body: 'Text\n' })
 */
export function hashArticle(data: { title: string; description?: string | undefined }, source: string): string {
	return hashSource({ title: data.title, description: data.description, body: readBody(source) });
}

/**
 * The content hash of an article's body alone (normalized as in `hashSource`): a translation
 * whose body hashes like its source's is still the English copy it was scaffolded from.
 * @example hashBody('---\ntitle: T\n---\nText\n') === hashBody('---\ntitle: Titel\n---\nText\n') // true
 */
export function hashBody(source: string): string {
	return hashSource({ title: '', body: readBody(source) });
}

/**
 * Text as it is hashed: line endings unified, trailing spaces and surrounding blank lines gone,
 * so that an editor's whitespace changes never make a translation outdated.
 * @example normalizeSourceText('a  \r\nb\n\n') // 'a\nb'
 */
export function normalizeSourceText(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) => line.trimEnd())
		.join('\n')
		.trim();
}
