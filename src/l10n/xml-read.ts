/** An XML element as read, with the line it starts on. */
export interface XmlElement {
	name: string;
	attrs: Record<string, string>;
	children: (XmlElement | string)[];
	line: number;
}

/** A problem in an XML file, at a line. */
export class XmlError extends Error {
	/** The 1-based line of the problem. */
	readonly line: number;
	constructor(message: string, line: number) {
		super(message);
		this.line = line;
	}
}

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string, line: number): string {
	return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);|&/g, (whole, ref: string | undefined) => {
		if (!ref) throw new XmlError('expected an entity such as &amp; after &', line);
		if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
		if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
		const value = entities[ref];
		if (value === undefined)
			throw new XmlError(
				`unknown entity ${whole}: XLIFF uses only &lt; &gt; &amp; &quot; &apos; and numeric references`,
				line,
			);
		return value;
	});
}

const tagPattern =
	/<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const attrPattern = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Where a read is: the text, the offset and line reached, the open elements and the root. */
interface XmlReader {
	text: string;
	at: number;
	line: number;
	stack: XmlElement[];
	root: XmlElement | undefined;
}

/** Moves the reader to an offset, counting the lines it passes. */
function advance(reader: XmlReader, to: number): void {
	for (let i = reader.at; i < to; i++) if (reader.text.charCodeAt(i) === 10) reader.line++;
	reader.at = to;
}

/** Moves the reader past the next `end`, returning the text before it; `what` names what must close. */
function skipTo(reader: XmlReader, end: string, what: string): string {
	const close = reader.text.indexOf(end, reader.at);
	if (close === -1) throw new XmlError(`${what} is not closed with ${end}`, reader.line);
	const inner = reader.text.slice(reader.at, close);
	advance(reader, close + end.length);
	return inner;
}

/** Reads the text before the next `<` into the open element (only whitespace outside the root). */
function readChunk(reader: XmlReader, chunk: string): void {
	const { stack } = reader;
	if (stack.length > 0) stack.at(-1)!.children.push(decode(chunk, reader.line));
	else if (chunk.trim())
		throw new XmlError('expected only whitespace outside the root element', reader.line);
	advance(reader, reader.at + chunk.length);
}

/** Reads what starts at a `<`: a processing instruction, comment, CDATA section or tag. */
function readMarkup(reader: XmlReader): void {
	const { text, at } = reader;
	if (text.startsWith('<?', at)) skipTo(reader, '?>', 'a processing instruction');
	else if (text.startsWith('<!--', at)) skipTo(reader, '-->', 'a comment');
	else if (text.startsWith('<![CDATA[', at)) {
		advance(reader, at + 9);
		const data = skipTo(reader, ']]>', 'a CDATA section');
		reader.stack.at(-1)?.children.push(data);
	} else if (text.startsWith('<!', at))
		throw new XmlError('a document type declaration is not allowed in XLIFF files', reader.line);
	else readTag(reader);
}

/** Reads an opening, closing or self-closing tag, opening or closing its element. */
function readTag(reader: XmlReader): void {
	const { text, stack } = reader;
	tagPattern.lastIndex = reader.at;
	const match = tagPattern.exec(text);
	if (!match)
		throw new XmlError(
			`expected a tag such as <unit id="…"> at “${text.slice(reader.at, reader.at + 30).split('\n')[0]}”`,
			reader.line,
		);
	const [whole, closing, name = '', attrText = '', selfClosing] = match;
	const startLine = reader.line;
	advance(reader, reader.at + whole.length);
	if (closing) {
		const open = stack.pop();
		if (open?.name !== name)
			throw new XmlError(
				`</${name}> does not close ${open ? `<${open.name}> (line ${open.line})` : 'any element'}`,
				startLine,
			);
		return;
	}
	const attrs: Record<string, string> = {};
	for (const a of attrText.matchAll(attrPattern))
		attrs[a[1]!] = decode(a[2] ?? a[3] ?? '', startLine);
	const element: XmlElement = { name, attrs, children: [], line: startLine };
	if (stack.length > 0) stack.at(-1)!.children.push(element);
	else if (reader.root) throw new XmlError('expected one root element', startLine);
	else reader.root = element;
	if (!selfClosing) stack.push(element);
}

/**
 * Reads an XML document into elements (the subset XLIFF files use: elements, attributes, text,
 * character references, comments, CDATA, the XML declaration). Every error names its line.
 * @example readXml('<a x="1">t</a>').attrs.x // '1'
 */
export function readXml(text: string): XmlElement {
	const reader: XmlReader = { text, at: 0, line: 1, stack: [], root: undefined };
	while (reader.at < text.length) {
		const lt = text.indexOf('<', reader.at);
		const chunk = text.slice(reader.at, lt === -1 ? text.length : lt);
		if (chunk) readChunk(reader, chunk);
		if (lt === -1) break;
		readMarkup(reader);
	}
	const { stack, root, line } = reader;
	if (stack.length > 0)
		throw new XmlError(`<${stack.at(-1)!.name}> (line ${stack.at(-1)!.line}) is not closed`, line);
	if (!root) throw new XmlError('expected an XML document with a root element', 1);
	return root;
}

/** The child elements of an element, optionally only those with a name. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
	return element.children.filter(
		(c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name),
	);
}
