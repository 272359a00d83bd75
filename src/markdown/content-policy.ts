import { contentComponentNames, isContentComponent } from './content-components.ts';

/**
 * What articles may hold besides Markdown, in one place: the MDX safety check reports every
 * breach at its line, and the renderer refuses to write one (should a breach get past the check).
 * MDX is code, so a pull request must run nothing at build time or in readers' browsers.
 */

/** HTML elements that run code, load another document or change how the page loads. */
const forbiddenElements = new Set(['script', 'style', 'iframe', 'object', 'embed', 'applet', 'portal', 'frame', 'frameset', 'base', 'form', 'meta', 'link']);

/** Attributes whose value is a URL the browser may follow or load. */
const urlAttributes = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'cite', 'background', 'ping', 'xlink:href', 'data']);

/** The URL schemes an article may link to; anything else (javascript:, data:, vbscript:…) is refused. */
const allowedSchemes = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * What is wrong with a URL in content, if anything. Browsers drop tabs, line breaks and control
 * characters from URLs, so `java&#9;script:` is read as it would be run.
 * @example urlProblem('java\tscript:alert(1)') // 'javascript: URLs are not allowed in content'
 */
export function urlProblem(url: string): string | undefined {
	const plain = url.replace(/[\u0000-\u0020\u007f]/g, '');
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(plain)?.[1]?.toLowerCase();
	return scheme && !allowedSchemes.has(scheme) ? `${scheme}: URLs are not allowed in content` : undefined;
}

/**
 * What is wrong with an element written as JSX, if anything: a forbidden HTML element, an
 * undocumented component, or a name that is neither.
 * @example elementProblem('Thing') // 'unknown component <Thing>: content may use only <Alert>, <Sxs>'
 */
export function elementProblem(name: string): string | undefined {
	if (forbiddenElements.has(name.toLowerCase())) return `<${name}> is not allowed in content`;
	if (/^[A-Z]/.test(name)) return isContentComponent(name) ? undefined : `unknown component <${name}>: content may use only ${contentComponentNames.map((c) => `<${c}>`).join(', ')}`;
	if (!/^[a-z][a-z0-9-]*$/.test(name)) return `<${name}>: expected an HTML element written in lowercase, such as <kbd>, or one of ${contentComponentNames.map((c) => `<${c}>`).join(', ')}`;
	return undefined;
}

/** What is wrong with an attribute's plain value, if anything (event handlers, unsafe URLs). */
export function attributeProblem(element: string, name: string, value: string | true): string | undefined {
	if (/^on/i.test(name)) return `<${element}>: event handler ${name}= is not allowed in content`;
	if (typeof value === 'string' && urlAttributes.has(name.toLowerCase())) {
		const problem = urlProblem(value);
		if (problem) return `<${element}>: ${problem}`;
	}
	return undefined;
}

/** An MDX expression as remark-mdx gives it: its source, and its program when it parsed. */
interface Expression {
	value?: string;
	data?: { estree?: { body: unknown[] } | null | undefined } | undefined;
}

/**
 * Tells whether an MDX expression is only comments (`{/* note *\/}`), which articles may hold:
 * its program has no statement, whatever the comments around it.
 * @example isCommentOnly({ value: '/* a *\/ alert(1) /* b *\/' }) // false
 */
export function isCommentOnly(expression: Expression): boolean {
	const program = expression.data?.estree;
	if (program) return program.body.length === 0;
	return (expression.value ?? '').replace(/\/\*[\s\S]*?\*\//g, '').trim() === '';
}
