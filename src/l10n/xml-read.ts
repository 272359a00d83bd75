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

/**
 * Reads an XML document into elements (the subset XLIFF files use: elements, attributes, text,
 * character references, comments, CDATA, the XML declaration). Every error names its line.
 * @example readXml('<a x="1">t</a>').attrs.x // '1'
 */
export function readXml(text: string): XmlElement {
	const stack: XmlElement[] = [];
	let root: XmlElement | undefined;
	let at = 0;
	let line = 1;
	const advance = (to: number) => {
		for (let i = at; i < to; i++) if (text.charCodeAt(i) === 10) line++;
		at = to;
	};
	const skipTo = (end: string, what: string) => {
		const close = text.indexOf(end, at);
		if (close === -1) throw new XmlError(`${what} is not closed with ${end}`, line);
		const inner = text.slice(at, close);
		advance(close + end.length);
		return inner;
	};
	while (at < text.length) {
		const lt = text.indexOf('<', at);
		const chunk = text.slice(at, lt === -1 ? text.length : lt);
		if (chunk) {
			if (stack.length > 0) stack.at(-1)!.children.push(decode(chunk, line));
			else if (chunk.trim())
				throw new XmlError('expected only whitespace outside the root element', line);
			advance(at + chunk.length);
		}
		if (lt === -1) break;
		if (text.startsWith('<?', at)) skipTo('?>', 'a processing instruction');
		else if (text.startsWith('<!--', at)) skipTo('-->', 'a comment');
		else if (text.startsWith('<![CDATA[', at)) {
			advance(at + 9);
			const data = skipTo(']]>', 'a CDATA section');
			stack.at(-1)?.children.push(data);
		} else if (text.startsWith('<!', at))
			throw new XmlError('a document type declaration is not allowed in XLIFF files', line);
		else readTag();
	}
	if (stack.length > 0)
		throw new XmlError(`<${stack.at(-1)!.name}> (line ${stack.at(-1)!.line}) is not closed`, line);
	if (!root) throw new XmlError('expected an XML document with a root element', 1);
	return root;

	function readTag(): void {
		tagPattern.lastIndex = at;
		const match = tagPattern.exec(text);
		if (!match)
			throw new XmlError(
				`expected a tag such as <unit id="…"> at “${text.slice(at, at + 30).split('\n')[0]}”`,
				line,
			);
		const [whole, closing, name = '', attrText = '', selfClosing] = match;
		const startLine = line;
		advance(at + whole.length);
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
		else if (root) throw new XmlError('expected one root element', startLine);
		else root = element;
		if (!selfClosing) stack.push(element);
	}
}

/** The child elements of an element, optionally only those with a name. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
	return element.children.filter(
		(c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name),
	);
}
