import { readFileSync } from 'node:fs';
import { diffLines } from 'diff';
import { sourceLocale } from '../i18n/locales.ts';
import { readBody } from '../content/front-matter.ts';
import { fileVersions } from '../content/git-history.ts';
import { hashSourceFile } from './source-version.ts';
import { articleSourcePath } from '../content/article-files.ts';

/** One block of the source diff: text that stayed, was removed or was added. */
export interface SourceChange {
	kind: 'same' | 'removed' | 'added';
	text: string;
}

/**
 * What changed in a source article since the version a translation was made from: finds that
 * version in git history by its content hash and diffs its body against the current one, line
 * by line. Undefined when history does not have it (a shallow clone, or never committed).
 */
export function sourceChangesSince(
	file: string,
	recordedHash: string,
	currentSource: string,
): { commit: string; changes: SourceChange[] } | undefined {
	for (const version of fileVersions(file)) {
		let hash: string;
		try {
			hash = hashSourceFile(file, version.text);
		} catch {
			continue;
		}
		if (hash !== recordedHash) continue;
		const changes = diffLines(readBody(version.text), readBody(currentSource)).map(
			(part): SourceChange => ({
				kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
				text: part.value,
			}),
		);
		return { commit: version.commit, changes };
	}
	return undefined;
}

/**
 * What changed in an article's en-us source since a translation recorded `recordedHash`
 * (undefined when git history does not have that version).
 */
export function changesSinceTranslation(
	slug: string,
	recordedHash: string | undefined,
): ReturnType<typeof sourceChangesSince> {
	if (!recordedHash) return undefined;
	const file = articleSourcePath(sourceLocale, slug);
	return sourceChangesSince(file, recordedHash, readFileSync(file, 'utf8'));
}
