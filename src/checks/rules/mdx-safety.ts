import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Diagnostic } from '../../content/diagnostics.ts';
import { contentComponentNames, contentComponents, isContentComponent, type ComponentProps } from '../../markdown/content-components.ts';
import type { ArticleUnderCheck } from '../article-checks.ts';

/** HTML elements that run code or load another document. */
const forbiddenElements = new Set(['script', 'style', 'iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'form', 'meta', 'link']);

/**
 * MDX is code, so a pull request must not run arbitrary code at build time or in readers'
 * browsers: no `import`/`export`, no `{…}` expressions, no `<script>`/`<style>`, no `on*=`
 * handlers, no `javascript:` URLs, and no component but the documented ones (provided to every
 * article, so none needs importing), with the attributes each one expects.
 */
export function checkMdxSafety(article: ArticleUnderCheck): Diagnostic[] {
	const problems: Diagnostic[] = [];
	const at = (node: Nodes, message: string) =>
		problems.push({ file: article.file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, severity: 'error', message, rule: 'mdx-safety' });
	visit(article.tree, (node: Nodes) => {
		switch (node.type) {
			case 'mdxjsEsm':
				return at(node, `${node.value.trimStart().startsWith('export') ? 'export' : 'import'} is not allowed in content: the documented components (${contentComponentNames.join(', ')}) are available without importing`);
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				if (!/^\s*(\/\*[\s\S]*\*\/)?\s*$/.test(node.value)) at(node, `JavaScript expression {${node.value.trim().slice(0, 30)}} is not allowed in content; to show braces as text, write \\{ and \\}`);
				return undefined;
			case 'link':
			case 'definition':
			case 'image':
				if (/^\s*(javascript|vbscript|data):/i.test(node.url)) at(node, `${node.url.split(':')[0]}: URLs are not allowed in content`);
				return undefined;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name ?? '';
				if (forbiddenElements.has(name.toLowerCase())) at(node, `<${name}> is not allowed in content`);
				else if (/^[A-Z]/.test(name) && !isContentComponent(name)) at(node, `unknown component <${name}>: content may use only ${contentComponentNames.map((c) => `<${c}>`).join(', ')}`);
				const props: ComponentProps = {};
				const before = problems.length;
				for (const attribute of node.attributes) {
					if (attribute.type === 'mdxJsxExpressionAttribute') at(node, `<${name}>: spread attributes {…} are not allowed in content`);
					else if (/^on/i.test(attribute.name)) at(node, `<${name}>: event handler ${attribute.name}= is not allowed in content`);
					else if (attribute.value && typeof attribute.value === 'object') at(node, `<${name}>: attribute ${attribute.name}={…} runs code; write a plain value such as ${attribute.name}="…"`);
					else if (typeof attribute.value === 'string' && /^\s*(javascript|vbscript):/i.test(attribute.value)) at(node, `<${name}>: javascript: URLs are not allowed in content`);
					else props[attribute.name] = attribute.value ?? true;
				}
				// A component's own attribute rules apply once its attributes are plain values.
				if (isContentComponent(name) && problems.length === before) for (const problem of contentComponents[name].check(props)) at(node, problem);
				return undefined;
			}
			default:
				return undefined;
		}
	});
	return problems;
}
