import type { Element, Root, RootContent } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import type { Position } from 'unist';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import { allowedElementNames, allowedSchemes, contentSchema, layoutIds } from './content-schema.ts';

/** Something in an article's HTML that the sanitizer would remove, and where it was written. */
export interface ContentHtmlProblem {
	message: string;
	place: Position | undefined;
}

/**
 * Finds, element by element, what the content schema removes, by asking the sanitizer itself
 * about each element (with its ancestors), so the check and the renderer can never disagree.
 * Each problem says what was written and what to write instead. Inside an element that is
 * removed with its content, nothing more is reported.
 * @example findContentHtmlProblems(tree)[0].message // '<span>: style="…" is not allowed in content: …'
 */
export function findContentHtmlProblems(tree: Root): ContentHtmlProblem[] {
	const problems: ContentHtmlProblem[] = [];
	// Most articles hold nothing the schema removes: one pass of the sanitizer over the whole tree
	// says so, and only an article it changes is asked about element by element.
	if (shapeOf(sanitize(tree, contentSchema)) === shapeOf(tree)) return problems;
	visitParents(tree, 'element', (node: Element, ancestors) => {
		const place = node.position ?? [...ancestors].reverse().find((a) => a.position)?.position;
		const kept = sanitizedCopy(node, ancestors.filter((a) => a.type === 'element') as Element[]);
		// Markdown task lists are the only inputs there are (`- [ ] step`); an <input> of any other
		// kind would be turned into one.
		if (node.tagName === 'input' && node.properties['type'] !== 'checkbox') {
			problems.push({
				message:
					'<input> is not allowed in content: for a checklist, write a task list (- [ ] step)',
				place,
			});
			return undefined;
		}
		if (!kept) {
			problems.push({ message: elementMessage(node), place });
			return contentSchema.strip?.includes(node.tagName) ? SKIP : undefined;
		}
		for (const [key, value] of Object.entries(node.properties)) {
			const message = attributeMessage(node.tagName, key, value, kept.properties[key]);
			if (message) problems.push({ message, place });
		}
		return undefined;
	});
	return problems;
}

/** A tree as text, without positions and data, to tell whether sanitizing changed anything. */
function shapeOf(tree: unknown): string {
	return JSON.stringify(tree, (key, value: unknown) =>
		key === 'position' || key === 'data' ? undefined : value,
	);
}

/** The element as the sanitizer keeps it (without its children), or undefined if it is removed. */
function sanitizedCopy(node: Element, ancestors: readonly Element[]): Element | undefined {
	let probe: Element | Root = {
		type: 'element',
		tagName: node.tagName,
		properties: node.properties,
		children: [],
		data: { probe: true } as Element['data'],
	};
	for (const ancestor of [...ancestors].reverse())
		probe = { type: 'element', tagName: ancestor.tagName, properties: {}, children: [probe] };
	const result = sanitize({ type: 'root', children: [probe as RootContent] }, contentSchema);
	let found: Element | undefined;
	visitParents(result, 'element', (element: Element) => {
		if ((element.data as { probe?: boolean } | undefined)?.probe) found = element;
	});
	return found;
}

const explanations: [readonly string[], string][] = [
	[['script', 'template'], 'articles cannot run code'],
	[
		['style', 'link', 'font', 'center', 'marquee', 'blink'],
		"articles use the site's styles (write **bold**, _italics_ or `code` for emphasis)",
	],
	[['meta', 'base', 'head', 'body', 'html'], 'page metadata comes from the front matter'],
	[
		['iframe', 'object', 'embed', 'frame', 'frameset', 'portal', 'applet'],
		'link to the page instead, such as [its title](https://…)',
	],
	[
		['svg', 'math', 'canvas', 'video', 'audio'],
		'use an image instead, such as ![what it shows](diagram.png)',
	],
	[
		['noscript', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'plaintext', 'listing'],
		'to show code or markup, put it in `backticks` or a fenced code block',
	],
	[
		['form', 'input', 'button', 'select', 'option', 'label', 'fieldset', 'output'],
		'describe the steps in words instead',
	],
];

function elementMessage(node: Element): string {
	const name = node.tagName;
	const required = contentSchema.ancestors?.[name];
	if (contentSchema.tagNames?.includes(name) && required) {
		return `<${name}> is allowed only inside ${required.map((a) => `<${a}>`).join(' or ')}; write the table in Markdown (| a | b |) or in full HTML`;
	}
	const why = explanations.find(([names]) => names.includes(name))?.[1];
	if (why) return `<${name}> is not allowed in content: ${why}`;
	return `<${name}> is not allowed in content; use Markdown or one of these HTML elements: ${allowedElementNames.map((n) => `<${n}>`).join(', ')}`;
}

/** The attribute as a writer would have written it, such as `xlink:href` or `class`. */
const attributeName = (key: string): string => find(html, key).attribute;

function shown(value: unknown): string {
	const text = Array.isArray(value) ? value.join(' ') : String(value);
	return JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}…` : text);
}

function attributeMessage(
	element: string,
	key: string,
	written: unknown,
	kept: unknown,
): string | undefined {
	if (JSON.stringify(written) === JSON.stringify(kept)) return undefined;
	const name = attributeName(key);
	if ((key === 'id' || key === 'name') && (layoutIds as readonly unknown[]).includes(written)) {
		const what =
			/^h[1-6]$/.test(element) && key === 'id'
				? `the heading's id ${shown(written)}`
				: `${name}=${shown(written)}`;
		return `<${element}>: ${what} is used by the page around the article; choose another (for a heading, reword it or give it an anchor with <a name="…"></a>)`;
	}
	if (
		typeof written === 'string' &&
		/^[/\\][/\\]/.test(written) &&
		allowedSchemes(key).length > 0
	) {
		return `<${element}>: ${name}=${shown(written)} is not allowed in content: write the full URL with https://, or a path on this site`;
	}
	if (/^on/i.test(name)) return `<${element}>: event handler ${name}= is not allowed in content`;
	if (name === 'style')
		return `<${element}>: style=${shown(written)} is not allowed in content: articles use the site's styles (write **bold**, _italics_ or \`code\` for emphasis)`;
	if (key === 'className' && Array.isArray(written)) {
		const dropped = written.filter((c) => !(Array.isArray(kept) && kept.includes(c)));
		return `<${element}>: class ${dropped.map((c) => JSON.stringify(String(c))).join(', ')} is not allowed in content: articles use the site's styles`;
	}
	const schemes = allowedSchemes(key);
	if (schemes.length > 0) {
		const starts = schemes.map((s) => `${s}:`);
		const listed = `${starts.slice(0, -1).join(', ')} or ${starts.at(-1)}`;
		const also = key === 'href' ? ', a relative URL or a #fragment' : ' or a relative URL';
		return `<${element}>: ${name}=${shown(written)} is not allowed in content: expected a URL that starts with ${listed}${also}`;
	}
	const values = allowedValues(element, key);
	if (values)
		return `<${element}>: ${name}=${shown(written)} is not allowed in content; expected ${values.map((v) => JSON.stringify(String(v))).join(' or ')}`;
	return `<${element}>: attribute ${name} is not allowed in content`;
}

/** The values the content schema allows for an attribute of an element, if it names a list. */
function allowedValues(element: string, key: string): readonly unknown[] | undefined {
	for (const definitions of [
		contentSchema.attributes?.[element],
		contentSchema.attributes?.['*'],
	]) {
		const definition = definitions?.find((d) => (typeof d === 'string' ? d : d[0]) === key);
		if (definition !== undefined)
			return typeof definition === 'string' || definition.length < 2
				? undefined
				: definition.slice(1);
	}
	return undefined;
}
