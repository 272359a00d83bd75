import type { Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { Diagnostic } from '../../diagnostics/diagnostics.ts';
import {
	contentComponentNames,
	contentComponents,
	isContentComponent,
	type ComponentProps,
	type ContentComponentName,
} from '../../markdown/content-components.ts';
import { isCommentOnly, mdxElementProblem } from '../../markdown/content-policy.ts';
import type { ArticleUnderCheck } from '../types.ts';

/**
 * MDX is code, so a pull request must not run arbitrary code at build time (the rules are in
 * content-policy.ts): no `import`/`export`, no `{…}` expressions but comments, no attribute
 * expressions, and no component but the documented ones (provided to every article, so none
 * needs importing), with the attributes each one expects. Which HTML elements, attributes and
 * URLs are allowed is checked on the HTML, by the content schema (rule `content-html`).
 */
export function checkMdxSafety(article: ArticleUnderCheck): Diagnostic[] {
	const problems: Diagnostic[] = [];
	const at = (node: Nodes, message: string) =>
		problems.push({
			file: article.file,
			line: node.position?.start.line ?? 1,
			column: node.position?.start.column ?? 1,
			severity: 'error',
			message,
			rule: 'mdx-safety',
		});
	visit(article.tree, (node: Nodes) => {
		switch (node.type) {
			case 'mdxjsEsm':
				return at(
					node,
					`${node.value.trimStart().startsWith('export') ? 'export' : 'import'} is not allowed in content: the documented components (${contentComponentNames.join(', ')}) are available without importing`,
				);
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				if (!isCommentOnly(node))
					at(
						node,
						`JavaScript expression {${node.value.trim().slice(0, 30)}} is not allowed in content; to show braces as text, write \\{ and \\}`,
					);
				return undefined;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				for (const problem of elementProblems(node)) at(node, problem);
				return undefined;
			default:
				return undefined;
		}
	});
	return problems;
}

/** The attributes each content component takes. */
const componentAttributes: Record<ContentComponentName, readonly string[]> = {
	Alert: ['type', 'locale'],
	Sxs: ['en'],
};

/** The problems of one JSX element: its name, its attributes, and a component's own rules. */
function elementProblems(node: MdxJsxFlowElement | MdxJsxTextElement): string[] {
	const name = node.name ?? '';
	const problems: string[] = [];
	const named = mdxElementProblem(name);
	if (named) problems.push(named);
	const props: ComponentProps = {};
	for (const attribute of node.attributes) {
		if (attribute.type === 'mdxJsxExpressionAttribute')
			problems.push(`<${name}>: spread attributes {…} are not allowed in content`);
		else if (attribute.value && typeof attribute.value === 'object')
			problems.push(
				`<${name}>: attribute ${attribute.name}={…} runs code; write a plain value such as ${attribute.name}="…"`,
			);
		else props[attribute.name] = attribute.value ?? true;
	}
	if (isContentComponent(name)) {
		// A component writes only the attributes it knows: any other would be dropped without a word.
		const unknown = Object.keys(props).filter((a) => !componentAttributes[name].includes(a));
		if (unknown.length > 0)
			problems.push(
				`<${name}>: unknown attribute${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; <${name}> takes ${componentAttributes[name].join(', ')}`,
			);
		// A component's own attribute rules apply once its attributes are plain values.
		if (problems.length === 0) problems.push(...contentComponents[name].check(props));
	}
	return problems;
}
