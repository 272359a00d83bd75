import type { CodeType } from './inline-codes.ts';

/** XLIFF 2.0 segment states, in the order work advances. */
export const segmentStates = ['initial', 'translated', 'reviewed', 'final'] as const;

/** The state of a segment: `initial` to translate, `final` reused from the current translation. */
export type SegmentState = (typeof segmentStates)[number];

/** Inline content of an XLIFF `<source>` or `<target>`: text and codes, pairs nested. */
export type Inline =
	| { t: 'text'; text: string }
	| { t: 'ph'; id: string; line?: number | undefined }
	| { t: 'pc'; id: string; children: Inline[]; line?: number | undefined };

/** A protected code of a unit: what it stands for in the MDX, kept in `<originalData>`. */
export interface UnitCode {
	id: string;
	kind: 'ph' | 'pc';
	type: CodeType;
	/** The Markdown a `<ph>` stands for, or a `<pc>`'s start. */
	data: string;
	/** A `<pc>`'s end. */
	end?: string | undefined;
}

/** One sentence of a unit. */
export interface XliffSegment {
	id: string;
	state: SegmentState;
	source: Inline[];
	target?: Inline[] | undefined;
	/** Where the segment's `<target>` (or `<segment>`) starts in the file, when read. */
	line?: number | undefined;
}

/** One block of the article. */
export interface XliffUnit {
	id: string;
	/** The kind of block (`paragraph`, `heading`, …), as `name`. */
	name: string;
	notes: { category: string; text: string }[];
	codes: UnitCode[];
	segments: XliffSegment[];
	/** The whitespace between segments (`<ignorable>`). */
	gaps: string[];
	line?: number | undefined;
}

/** One XLIFF document: one article handed to one locale. */
export interface XliffDocument {
	srcLang: string;
	trgLang: string;
	/** The article's slug. */
	fileId: string;
	/** The source file, such as `content/articles/en-us/aadsts50011.mdx`. */
	original: string;
	/** File notes by category: `sourceHash`, `ms.lasthandoff`, `ms.locfileid`, `sourceSections`, `ms.translationtype`. */
	notes: Record<string, string>;
	units: XliffUnit[];
	/** The line of the `<xliff>` element, when read. */
	line?: number | undefined;
}
