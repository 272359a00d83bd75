/** The part of the `xliff` package's API the tests use (it ships no types). */
declare module 'xliff/xliff2js' {
	/** A unit as the package reads it: text and codes (`{ Standalone: attrs }`, `{ GenericSpan: … }`). */
	interface ParsedUnit {
		source: unknown;
		target?: unknown;
		additionalAttributes?: Record<string, string>;
	}
	/** Parses XLIFF 2.0 into languages and units per file id. */
	export default function xliff2js(xml: string): Promise<{
		sourceLanguage: string;
		targetLanguage: string;
		resources: Record<string, Record<string, ParsedUnit>>;
	}>;
}
