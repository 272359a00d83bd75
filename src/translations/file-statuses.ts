import { draftTranslations } from '../content/drafts.ts';
import { validateFrontMatter } from '../content/front-matter.ts';
import { locateContentFile } from '../content/paths.ts';
import { hashArticle, hashBody } from '../content/source-hash.ts';
import { translationStatuses, type TranslationStatus, type VersionedArticle } from './status.ts';

/** An article file's path (project-relative) and text. */
export interface ArticleText {
	file: string;
	source: string;
}

/**
 * The translation status of every article from its files' text alone (front matter and content
 * hashes, drafts counted as not translated), without compiling: what a pull request's impact
 * compares before and after. Files whose front matter does not validate are left out.
 * @example statusesOfTexts([{ file: 'content/articles/en-us/a.mdx', source }]) // [{ locale: 'en-us', state: 'source', … }, …]
 */
export function statusesOfTexts(texts: readonly ArticleText[]): TranslationStatus[] {
	const versions: (VersionedArticle & { bodyHash: string })[] = [];
	for (const { file, source } of texts) {
		const located = locateContentFile(file);
		const { data } = validateFrontMatter(file, source);
		if (!located || !data) continue;
		versions.push({
			...located,
			versionHash: hashArticle(data, source),
			bodyHash: hashBody(source),
			sourceHash: data.sourceHash,
			type: data['ms.translationtype'],
		});
	}
	const drafts = draftTranslations(versions);
	return translationStatuses(versions.filter((v) => !drafts.has(`${v.locale}/${v.slug}`)));
}
