import type { Locale } from '../i18n/locales.ts';
import type { ImportWarning } from './docfx-blocks.ts';
import type { TextRun } from './fidelity.ts';
import type { ImportedFrontMatter } from './front-matter.ts';
import type { ImportRecord, WriteOutcome } from './import-record.ts';

/** What to import and where. */
export interface ImportOptions {
	inputs: string[];
	locale: Locale;
	/** The content folder; articles go to `<out>/articles/<locale>/`, media to `<out>/../public/media/`. */
	out: string;
	/** Replace articles edited since the last import (by default they are listed and left alone). */
	overwrite?: boolean;
}

/** A text run of an input, and where it is (`file:line`). */
interface LocatedRun extends TextRun {
	at: string;
}

/** The end-of-import report. */
export interface ImportReport {
	imported: { source: string; target: string; outcome: WriteOutcome; englishSource?: string }[];
	warnings: { file: string; kind: ImportWarning['kind']; message: string; at?: string }[];
	failed: { file: string; reason: string }[];
	/** Files edited since the last import, which this import did not replace. */
	refused: string[];
	/**
	 * Per article written: the inputs' text runs (what a reader must find on the rendered page),
	 * the text of their lines of 12+ characters (a coarser measure), and the runs missing from
	 * the MDX (empty when nothing was lost in conversion).
	 */
	fidelity: {
		file: string;
		target: string;
		runs: LocatedRun[];
		lines: LocatedRun[];
		missing: LocatedRun[];
	}[];
}

/** The Learn files of one article: its published text, its bilingual (sxs) file, or both. */
export interface ArticleSources {
	published?: string;
	sxs?: string;
}

/** What importing an article needs besides its files. */
export interface ArticleContext {
	locale: Locale;
	out: string;
	/** Every slug a link may lead to (imported in this run or before). */
	slugs: ReadonlySet<string>;
	record: ImportRecord;
}

/** One Learn file read: front matter, Markdown with includes and images resolved, its lines' origins. */
export interface ReadSource {
	file: string;
	front: ImportedFrontMatter;
	markdown: string;
	/** `file:line` of a line (0-based index) of `markdown`. */
	where: (index: number) => string;
}
