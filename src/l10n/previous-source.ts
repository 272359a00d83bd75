import { validateFrontMatter } from '../content/front-matter.ts';
import { fileVersions } from '../content/git-history.ts';
import { hashArticle } from '../content/source-hash.ts';
import { unitMarkdown } from './previous-translation.ts';
import { articleUnits } from './units.ts';

/**
 * The English of each unit in the source version a translation was made from (`sourceHash`),
 * read from git history; empty when history does not have that version.
 */
export function previousSourceUnits(
	file: string,
	recordedHash: string | undefined,
): Map<string, string> {
	if (!recordedHash) return new Map();
	for (const version of fileVersions(file)) {
		const { data } = validateFrontMatter(file, version.text);
		if (!data || hashArticle(data, version.text) !== recordedHash) continue;
		return new Map(articleUnits(version.text, data).units.map((u) => [u.id, unitMarkdown(u)]));
	}
	return new Map();
}
