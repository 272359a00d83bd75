import { contentOverlayError } from '../content/dev-problems.ts';
import { localeIds, type Locale } from '../i18n/locales.ts';
import { loadRegistry, registryVersion, type LoadedRegistry } from './load-registry.ts';
import type { Definition, RegistryEntry } from './registry-schema.ts';

let cached: { version: string; loaded: LoadedRegistry } | undefined;

/**
 * The validated registry for the pages, read again whenever one of its files changed (a save in
 * the dev server). The integration has already stopped any build whose registry has errors; in
 * the dev server, errors are thrown located, so that the error overlay shows the file.
 */
export function getReference(): LoadedRegistry {
	// Only the dev server sees the registry change; a build reads it once.
	if (cached && !import.meta.env.DEV) return cached.loaded;
	const root = process.cwd();
	const version = registryVersion(root);
	if (cached?.version === version) return cached.loaded;
	const { loaded, diagnostics } = loadRegistry(root);
	const errors = diagnostics.filter((d) => d.severity === 'error');
	if (!loaded)
		throw errors.length > 0
			? contentOverlayError(root, errors)
			: new Error('The error-code registry is invalid');
	cached = { version, loaded };
	return loaded;
}

/**
 * The URL of a definition's section in its document.
 * @example sectionUrl(registry, { document: 'rfc6749', section: '5.2' }) // 'https://www.rfc-editor.org/rfc/rfc6749#section-5.2'
 */
export function sectionUrl(
	loaded: LoadedRegistry,
	definition: Pick<Definition, 'document' | 'section'>,
): string {
	const document = loaded.registry.documents[definition.document];
	if (!document) throw new Error(`Unknown document "${definition.document}"`);
	const anchor = document.anchors?.[definition.section];
	if (anchor) return `${document.url}${anchor}`;
	return document.sectionUrl
		? document.sectionUrl.replace('{section}', definition.section)
		: document.url;
}

/** How a definition is cited: `RFC 6749, section 5.2`. */
export function citationOf(
	loaded: LoadedRegistry,
	definition: Pick<Definition, 'document' | 'section'>,
): string {
	return `${loaded.registry.documents[definition.document]?.name ?? definition.document}, section ${definition.section}`;
}

/** The places a code is returned, in registry order, without repeats. */
export function returnedByOf(entry: RegistryEntry): Definition['returnedBy'][] {
	return [...new Set(entry.definitions.map((d) => d.returnedBy))];
}

/**
 * One page per code per locale. Removed codes keep theirs (marked deprecated), so no link breaks.
 * @example referencePages(codes).length // codes.length × 6
 */
export function referencePages(
	codes: readonly RegistryEntry[],
): { locale: Locale; entry: RegistryEntry }[] {
	return localeIds.flatMap((locale) => codes.map((entry) => ({ locale, entry })));
}
