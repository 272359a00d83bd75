import type { Diagnostic } from '../../diagnostics/diagnostics.ts';
import { draftTranslations } from '../../content/drafts.ts';
import { lineOfField } from '../../content/front-matter.ts';
import { splitSections } from '../../translations/section-versions.ts';
import { readBody } from '../../content/front-matter.ts';
import { translationStatuses, type VersionedArticle } from '../../translations/status.ts';
import type { CheckedProject } from '../types.ts';
import { articleSourcePath } from '../../content/article-files.ts';

/** The project's articles as translation status reads them (valid front matter, drafts left out). */
export function versionsOf(project: CheckedProject): VersionedArticle[] {
	// A draft (a translation whose body is still its source's) counts as not translated.
	const drafts = draftTranslations(project.articles);
	return project.articles.flatMap((a) => {
		let sections: ReturnType<typeof splitSections> | undefined;
		return a.locale && a.data && a.versionHash && !drafts.has(`${a.locale}/${a.slug}`)
			? [
					{
						locale: a.locale,
						slug: a.slug,
						versionHash: a.versionHash,
						sourceHash: a.data.sourceHash,
						type: a.data['ms.translationtype'],
						recordedSections: a.data.sourceSections,
						sections: () => (sections ??= splitSections(readBody(a.source), a.data!)),
					},
				]
			: [];
	});
}

/** Translations whose source changed since they were made (warnings: they still publish). */
export function checkTranslationStatus(project: CheckedProject): Diagnostic[] {
	const byFile = new Map(project.articles.map((a) => [a.file, a]));
	return (
		translationStatuses(versionsOf(project))
			// A translation whose notes explain what the current source version adds is not warned about.
			.filter(
				(s) =>
					s.state === 'outdated' &&
					byFile.get(articleSourcePath(s.locale, s.slug))?.data?.sourceChanges?.hash !==
						s.currentHash,
			)
			.map((s) => {
				const file = articleSourcePath(s.locale, s.slug);
				const article = byFile.get(file);
				const line = article ? lineOfField(article.source, 'sourceHash') : 1;
				const recorded = s.changedSections
					? `was made before these sections of the source changed: ${s.changedSections.map((c) => c.title || c.id).join(', ')}`
					: s.recordedHash
						? `was made from source version ${s.recordedHash}`
						: 'records no source version (sourceHash)';
				return {
					file,
					line,
					column: 1,
					severity: 'warning',
					message: `translation is outdated: it ${recorded}, the source is now ${s.currentHash}; update it, then run npm run translations -- --mark-current ${file}`,
					rule: 'translation-outdated',
				} satisfies Diagnostic;
			})
	);
}
