import { localeIds, type Locale } from '../i18n/locales.ts';
import { loadRegistry, type LoadedRegistry } from './load-registry.ts';
import type { Definition, RegistryEntry } from './registry-schema.ts';

let cached: LoadedRegistry | undefined;

/**
 * The validated registry for the pages. The integration has already stopped any build whose
 * registry has errors, so a failure here means the data changed during the build.
 */
export function getReference(): LoadedRegistry {
	if (cached) return cached;
	const { loaded, diagnostics } = loadRegistry(process.cwd());
	if (!loaded) throw new Error(`The error-code registry is invalid:\n${diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`).join('\n')}`);
	cached = loaded;
	return loaded;
}

/**
 * The URL of a definition's section in its document.
 * @example sectionUrl(registry, { document: 'rfc6749', section: '5.2' }) // 'https://www.rfc-editor.org/rfc/rfc6749#section-5.2'
 */
export function sectionUrl(loaded: LoadedRegistry, definition: Pick<Definition, 'document' | 'section'>): string {
	const document = loaded.registry.documents[definition.document];
	if (!document) throw new Error(`Unknown document "${definition.document}"`);
	const anchor = document.anchors?.[definition.section];
	if (anchor) return `${document.url}${anchor}`;
	return document.sectionUrl ? document.sectionUrl.replace('{section}', definition.section) : document.url;
}

/** How a definition is cited: `RFC 6749, section 5.2`. */
export function citationOf(loaded: LoadedRegistry, definition: Pick<Definition, 'document' | 'section'>): string {
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
export function referencePages(codes: readonly RegistryEntry[]): { locale: Locale; entry: RegistryEntry }[] {
	return localeIds.flatMap((locale) => codes.map((entry) => ({ locale, entry })));
}
