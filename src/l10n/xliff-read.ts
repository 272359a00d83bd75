import type { CodeType } from './inline-codes.ts';
import { childElements, readXml, XmlError, type XmlElement } from './xml-read.ts';
import {
	segmentStates,
	type Inline,
	type SegmentState,
	type UnitCode,
	type XliffDocument,
	type XliffSegment,
	type XliffUnit,
} from './xliff-model.ts';

/** The XLIFF 2.0 core namespace. */
const xliffNamespace = 'urn:oasis:names:tc:xliff:document:2.0';

/** A problem in an XLIFF file, at a line (and in a unit, when it is in one). */
class XliffError extends XmlError {
	/** The id of the unit the problem is in, if any. */
	readonly unit: string | undefined;
	constructor(message: string, line: number, unit?: string) {
		super(message, line);
		this.unit = unit;
	}
}

const codeTypes: readonly string[] = ['fmt', 'ui', 'quote', 'link', 'image', 'other'];

function required(element: XmlElement, attr: string, unit?: string): string {
	const value = element.attrs[attr];
	if (value === undefined || value === '')
		throw new XliffError(`<${element.name}> needs a ${attr}="…" attribute`, element.line, unit);
	return value;
}

function notesOf(element: XmlElement): { category: string; text: string }[] {
	return childElements(element, 'notes').flatMap((notes) =>
		childElements(notes, 'note').map((n) => ({
			category: n.attrs.category ?? '',
			text: textOf(n),
		})),
	);
}

function textOf(element: XmlElement): string {
	return element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

interface UnitReading {
	unit: string;
	data: Map<string, string>;
	codes: Map<string, UnitCode>;
	/** Whether codes met here define the unit's codes (in `<source>`) or must refer to them. */
	defining: boolean;
}

function readInline(element: XmlElement, reading: UnitReading): Inline[] {
	const parts: Inline[] = [];
	for (const child of element.children) {
		if (typeof child === 'string') parts.push({ t: 'text', text: child });
		else if (child.name === 'ph' || child.name === 'pc') parts.push(readCode(child, reading));
		else if (child.name === 'mrk') parts.push(...readInline(child, reading));
		else if (child.name !== 'sm' && child.name !== 'em' && !child.name.includes(':'))
			throw new XliffError(
				`<${child.name}> is not supported here: keep the file's <ph> and <pc> codes as they were exported`,
				child.line,
				reading.unit,
			);
	}
	return parts;
}

function readCode(element: XmlElement, reading: UnitReading): Inline {
	const id = required(element, 'id', reading.unit);
	const kind = element.name as 'ph' | 'pc';
	if (reading.defining) {
		const ref = (attr: string) => {
			const key = required(element, attr, reading.unit);
			const value = reading.data.get(key);
			if (value === undefined)
				throw new XliffError(
					`<${kind} id="${id}"> refers to ${attr}="${key}", which <originalData> does not have`,
					element.line,
					reading.unit,
				);
			return value;
		};
		const type = (
			codeTypes.includes(element.attrs.type ?? '') ? element.attrs.type : 'other'
		) as CodeType;
		const code: UnitCode =
			kind === 'ph'
				? { id, kind, type, data: ref('dataRef') }
				: { id, kind, type, data: ref('dataRefStart'), end: ref('dataRefEnd') };
		reading.codes.set(id, code);
	}
	return kind === 'ph'
		? { t: 'ph', id, line: element.line }
		: { t: 'pc', id, children: readInline(element, reading), line: element.line };
}

function readSegment(element: XmlElement, reading: UnitReading): XliffSegment {
	const state = (element.attrs.state ?? 'initial') as SegmentState;
	if (!segmentStates.includes(state))
		throw new XliffError(
			`state="${state}": expected one of ${segmentStates.join(', ')}`,
			element.line,
			reading.unit,
		);
	const [source] = childElements(element, 'source');
	if (!source) throw new XliffError('<segment> needs a <source>', element.line, reading.unit);
	const [target] = childElements(element, 'target');
	const read = readInline(source, { ...reading, defining: true });
	return {
		id: element.attrs.id ?? '',
		state,
		source: read,
		target: target && readInline(target, { ...reading, defining: false }),
		line: (target ?? element).line,
	};
}

function readUnit(element: XmlElement): XliffUnit {
	const id = required(element, 'id');
	const data = new Map(
		childElements(element, 'originalData').flatMap((od) =>
			childElements(od, 'data').map((d) => [required(d, 'id', id), textOf(d)] as const),
		),
	);
	const reading: UnitReading = { unit: id, data, codes: new Map(), defining: true };
	const segments: XliffSegment[] = [];
	const gaps: string[] = [];
	for (const child of childElements(element)) {
		if (child.name === 'segment') segments.push(readSegment(child, reading));
		else if (child.name === 'ignorable' && segments.length > 0)
			gaps[segments.length - 1] = textOf(childElements(child, 'source')[0] ?? child);
	}
	if (segments.length === 0) throw new XliffError(`unit ${id} has no <segment>`, element.line, id);
	return {
		id,
		name: element.attrs.name ?? '',
		notes: notesOf(element),
		codes: [...reading.codes.values()],
		segments,
		gaps,
		line: element.line,
	};
}

/**
 * Reads an XLIFF 2.0 file of one article. Throws an `XliffError` naming the line (and unit) of
 * the first problem: not XML, not XLIFF 2.0, more than one `<file>`, a unit without an id or a
 * unit id used twice, a code whose original data is missing.
 */
export function readXliff(text: string): XliffDocument {
	const root = readXml(text);
	if (
		root.name !== 'xliff' ||
		root.attrs.version !== '2.0' ||
		root.attrs.xmlns !== xliffNamespace
	) {
		throw new XliffError(
			`expected <xliff version="2.0" xmlns="${xliffNamespace}">, found <${root.name}${root.attrs.version ? ` version="${root.attrs.version}"` : ''}>`,
			root.line,
		);
	}
	const files = childElements(root, 'file');
	if (files.length !== 1)
		throw new XliffError(
			`expected one <file> (one article per XLIFF file), found ${files.length}`,
			files[1]?.line ?? root.line,
		);
	const file = files[0]!;
	const units = childElements(file, 'unit').map(readUnit);
	const seen = new Set<string>();
	for (const unit of units) {
		if (seen.has(unit.id))
			throw new XliffError(`unit id ${unit.id} is used twice`, unit.line ?? file.line, unit.id);
		seen.add(unit.id);
	}
	return {
		srcLang: required(root, 'srcLang'),
		trgLang: required(root, 'trgLang'),
		fileId: required(file, 'id'),
		original: file.attrs.original ?? '',
		notes: Object.fromEntries(notesOf(file).map((n) => [n.category, n.text])),
		units,
		line: root.line,
	};
}
