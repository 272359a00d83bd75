import { localeIds, sourceLocale, type Locale } from '../i18n/locales.ts';
import { changedSections } from './section-versions.ts';

/** How a locale's version of an article stands against its en-us source. */
export type TranslationState = 'source' | 'current' | 'outdated' | 'fallback';

/** An article file as translation status needs it. */
export interface VersionedArticle {
	locale: Locale;
	slug: string;
	/** The content hash of this version (`hashArticle`): a source's current hash. */
	versionHash: string;
	/** On a translation: the hash of the source version it was made from. */
	sourceHash?: string | undefined;
	/** `HT` or `MT`, from `ms.translationtype`. */
	type?: 'HT' | 'MT' | undefined;
	/** On a source: its sections, read only when a translation recorded section versions. */
	sections?: (() => { id: string; title: string; hash: string }[]) | undefined;
	/** On a translation: the version of each source section it was made from (`sourceSections`). */
	recordedSections?: Record<string, string> | undefined;
}

/** A section of the source that changed since a translation: its id and English heading (empty for the intro). */
export interface ChangedSection {
	id: string;
	title: string;
}

/** The status of one article in one locale. */
export interface TranslationStatus {
	locale: Locale;
	slug: string;
	state: TranslationState;
	type?: 'HT' | 'MT' | undefined;
	/** The source's current content hash. */
	currentHash: string;
	/** What the translation recorded (missing on old or hand-made translations). */
	recordedHash?: string | undefined;
	/** On an outdated translation that recorded section versions: the sections that changed. */
	changedSections?: ChangedSection[] | undefined;
}

/** The state of a translation: by section where it recorded section versions, else by the whole file's hash. */
function stateOf(
	source: VersionedArticle,
	article: VersionedArticle,
): { state: 'current' | 'outdated'; changedSections?: ChangedSection[] } {
	if (!article.recordedSections || !source.sections)
		return { state: article.sourceHash === source.versionHash ? 'current' : 'outdated' };
	const sections = source.sections();
	const changed = changedSections(
		Object.fromEntries(sections.map((s) => [s.id, s.hash])),
		article.recordedSections,
	);
	const titles = new Map(sections.map((s) => [s.id, s.title]));
	return changed.length === 0
		? { state: 'current' }
		: {
				state: 'outdated',
				changedSections: changed.map((id) => ({ id, title: titles.get(id) ?? id })),
			};
}

/**
 * The status of every source article in every locale, computed from content hashes alone (no git
 * history needed, so shallow clones work): `source` for en-us, `current` when the translation
 * recorded the source's current hash (or, where it recorded section versions, when no section
 * changed), `outdated` when it recorded another or none (with the changed sections), `fallback`
 * when there is no translation.
 */
export function translationStatuses(articles: readonly VersionedArticle[]): TranslationStatus[] {
	const byKey = new Map(articles.map((a) => [`${a.locale}/${a.slug}`, a]));
	const sources = articles
		.filter((a) => a.locale === sourceLocale)
		.sort((a, b) => a.slug.localeCompare(b.slug));
	return sources.flatMap((source) => {
		const currentHash = source.versionHash;
		return localeIds.map((locale): TranslationStatus => {
			const article = byKey.get(`${locale}/${source.slug}`);
			if (locale === sourceLocale)
				return { locale, slug: source.slug, state: 'source', currentHash };
			if (!article) return { locale, slug: source.slug, state: 'fallback', currentHash };
			return {
				locale,
				slug: source.slug,
				...stateOf(source, article),
				type: article.type,
				currentHash,
				recordedHash: article.sourceHash,
			};
		});
	});
}

/** Counts per state, for dashboards and the terminal summary. */
export function countStates(
	statuses: readonly TranslationStatus[],
): Record<TranslationState, number> {
	const counts: Record<TranslationState, number> = {
		source: 0,
		current: 0,
		outdated: 0,
		fallback: 0,
	};
	for (const s of statuses) counts[s.state]++;
	return counts;
}
