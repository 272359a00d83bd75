import { contentComponentNames, isContentComponent } from './content-components.ts';

/**
 * The MDX half of what articles may hold (the HTML half is the sanitizer's content schema,
 * content-schema.ts): MDX is code, so a pull request must run nothing at build time. The MDX
 * safety check reports every breach at its line, and the renderer refuses to write one.
 */

/**
 * What is wrong with the name of an element written as JSX, if anything: an undocumented
 * component, or a name that is not a plain lowercase HTML element name. Which HTML elements are
 * allowed is the content schema's to say.
 * @example mdxElementProblem('Thing') // 'unknown component <Thing>: content may use only <Alert>, <Sxs>'
 */
export function mdxElementProblem(name: string): string | undefined {
	const components = contentComponentNames.map((c) => `<${c}>`).join(', ');
	if (/^[A-Z]/.test(name))
		return isContentComponent(name)
			? undefined
			: `unknown component <${name}>: content may use only ${components}`;
	if (!/^[a-z][a-z0-9-]*$/.test(name))
		return `<${name}>: expected an HTML element written in lowercase, such as <kbd>, or one of ${components}`;
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

/** An mdast node, as far as removing MDX code from a tree needs to know it. */
interface MdxNode {
	type: string;
	name?: string | null;
	attributes?: { type: string; value?: unknown }[];
	children?: MdxNode[];
	value?: string;
	data?: Expression['data'];
}

/**
 * Removes from an MDX tree what the MDX safety check reports as code (import/export,
 * expressions other than comments, attribute expressions; unknown components keep their
 * content), so the HTML can still be checked around it. Changes the tree it is given.
 * @example withoutMdxCode(structuredClone(tree))
 */
export function withoutMdxCode<T>(tree: T): T {
	const clean = (node: MdxNode): MdxNode[] => {
		if (node.type === 'mdxjsEsm') return [];
		if (
			(node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') &&
			!isCommentOnly(node)
		)
			return [];
		if (node.attributes)
			node.attributes = node.attributes.filter(
				(a) => a.type === 'mdxJsxAttribute' && !(a.value && typeof a.value === 'object'),
			);
		if (node.children) node.children = node.children.flatMap(clean);
		const isElement = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
		return isElement && mdxElementProblem(node.name ?? '') ? (node.children ?? []) : [node];
	};
	clean(tree as MdxNode);
	return tree;
}
