import type { Diagnostic } from '../../content/diagnostics.ts';
import { lineOfField } from '../../content/front-matter.ts';
import { splitSections } from '../../translations/section-versions.ts';
import { readBody } from '../../content/front-matter.ts';
import { translationStatuses, type VersionedArticle } from '../../translations/status.ts';
import type { CheckedProject } from '../project.ts';

/** The project's articles as translation status reads them (those with valid front matter). */
export function versionsOf(project: CheckedProject): VersionedArticle[] {
	return project.articles.flatMap((a) => {
		let sections: ReturnType<typeof splitSections> | undefined;
		return a.locale && a.data && a.versionHash
			? [{ locale: a.locale, slug: a.slug, versionHash: a.versionHash, sourceHash: a.data.sourceHash, type: a.data['ms.translationtype'], recordedSections: a.data.sourceSections, sections: () => (sections ??= splitSections(readBody(a.source), a.data!)) }]
			: [];
	});
}

/** Translations whose source changed since they were made (warnings: they still publish). */
export function checkTranslationStatus(project: CheckedProject): Diagnostic[] {
	const byFile = new Map(project.articles.map((a) => [a.file, a]));
	return translationStatuses(versionsOf(project))
		.filter((s) => s.state === 'outdated')
		.map((s) => {
			const file = `content/articles/${s.locale}/${s.slug}.mdx`;
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
		});
}
