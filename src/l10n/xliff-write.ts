import type { Inline, UnitCode, XliffDocument, XliffSegment, XliffUnit } from './xliff-model.ts';

/**
 * Escapes text for XML content or a double-quoted attribute.
 * @example escapeXml('a < b & "c"') // 'a &lt; b &amp; &quot;c&quot;'
 */
function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

const attrs = (values: Record<string, string | undefined>) =>
	Object.entries(values)
		.filter(([, v]) => v !== undefined)
		.map(([k, v]) => ` ${k}="${escapeXml(v!)}"`)
		.join('');

// Tools must keep every code once; they may move it, as word order differs between languages.
const keep = { canCopy: 'no', canDelete: 'no', canReorder: 'yes' };

function inlineXml(content: readonly Inline[], codes: ReadonlyMap<string, UnitCode>): string {
	return content
		.map((part) => {
			if (part.t === 'text') return escapeXml(part.text);
			const code = codes.get(part.id);
			if (part.t === 'ph')
				return `<ph${attrs({ id: part.id, dataRef: `d${part.id}`, disp: code?.data, type: code?.type, ...keep })}/>`;
			return `<pc${attrs({ id: part.id, dataRefStart: `d${part.id}s`, dataRefEnd: `d${part.id}e`, type: code?.type, ...keep })}>${inlineXml(part.children, codes)}</pc>`;
		})
		.join('');
}

function notesXml(notes: readonly { category: string; text: string }[], indent: string): string[] {
	if (notes.length === 0) return [];
	return [
		`${indent}<notes>`,
		...notes.map(
			(n) => `${indent}  <note category="${escapeXml(n.category)}">${escapeXml(n.text)}</note>`,
		),
		`${indent}</notes>`,
	];
}

function originalDataXml(codes: readonly UnitCode[]): string[] {
	if (codes.length === 0) return [];
	const data = codes.flatMap((c) =>
		c.kind === 'ph'
			? [[`d${c.id}`, c.data]]
			: [
					[`d${c.id}s`, c.data],
					[`d${c.id}e`, c.end ?? ''],
				],
	);
	return [
		'      <originalData>',
		...data.map(([id, value]) => `        <data id="${id}">${escapeXml(value ?? '')}</data>`),
		'      </originalData>',
	];
}

function segmentXml(segment: XliffSegment, codes: ReadonlyMap<string, UnitCode>): string[] {
	return [
		`      <segment id="${escapeXml(segment.id)}" state="${segment.state}">`,
		`        <source>${inlineXml(segment.source, codes)}</source>`,
		...(segment.target ? [`        <target>${inlineXml(segment.target, codes)}</target>`] : []),
		'      </segment>',
	];
}

function unitXml(unit: XliffUnit): string[] {
	const codes = new Map(unit.codes.map((c) => [c.id, c]));
	const body = unit.segments.flatMap((segment, i) => {
		const gap = unit.gaps[i];
		return [
			...segmentXml(segment, codes),
			...(gap !== undefined && i < unit.segments.length - 1
				? [
						'      <ignorable>',
						`        <source xml:space="preserve">${escapeXml(gap)}</source>`,
						'      </ignorable>',
					]
				: []),
		];
	});
	return [
		`    <unit id="${escapeXml(unit.id)}" name="${escapeXml(unit.name)}">`,
		...notesXml(unit.notes, '      '),
		...originalDataXml(unit.codes),
		...body,
		'    </unit>',
	];
}

/**
 * Writes an XLIFF 2.0 document: one `<file>` per article, one `<unit>` per block, one
 * `<segment>` per sentence, protected codes as `<ph>`/`<pc>` whose Markdown is kept in
 * `<originalData>`, and the hand-off facts as file notes.
 */
export function writeXliff(doc: XliffDocument): string {
	const fileNotes = Object.entries(doc.notes).map(([category, text]) => ({ category, text }));
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="${escapeXml(doc.srcLang)}" trgLang="${escapeXml(doc.trgLang)}">`,
		`  <file id="${escapeXml(doc.fileId)}" original="${escapeXml(doc.original)}">`,
		...notesXml(fileNotes, '    '),
		...doc.units.flatMap(unitXml),
		'  </file>',
		'</xliff>',
		'',
	].join('\n');
}
