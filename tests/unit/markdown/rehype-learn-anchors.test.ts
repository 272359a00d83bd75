import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import type { Element, Root } from 'hast';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import rehypeLearnAnchors from '../../../src/markdown/rehype-learn-anchors.ts';

async function run(markdown: string) {
	const html = await unified()
		.use(remarkParse)
		.use(remarkMdx)
		.use(remarkRehype, { allowDangerousHtml: true, passThrough: ['mdxJsxTextElement', 'mdxJsxFlowElement'] })
		.use(rehypeLearnAnchors)
		.use(rehypeStringify)
		.process(markdown);
	return String(html);
}

/** The first heading's id and child node kinds after the plugin ran (MDX nodes cannot be printed). */
async function headingOf(markdown: string) {
	const processor = unified()
		.use(remarkParse)
		.use(remarkMdx)
		.use(remarkRehype, { passThrough: ['mdxJsxTextElement'] })
		.use(rehypeLearnAnchors);
	const tree = (await processor.run(processor.parse(markdown))) as Root;
	const heading = tree.children.find((n): n is Element => n.type === 'element');
	return {
		id: heading?.properties.id,
		children: heading?.children.map((c) => (c.type === 'text' ? 'text' : `${c.type}:${'name' in c ? c.name : ''}`)),
	};
}

describe('rehype-learn-anchors', () => {
	test('moves the seed heading anchor onto the heading', async () => {
		expect(await run('# <a name="troubleshoot-aadsts50000-error-code"></a>AADSTS50000 错误代码疑难解答\n')).toBe(
			'<h1 id="troubleshoot-aadsts50000-error-code">AADSTS50000 错误代码疑难解答</h1>',
		);
	});

	test('works on every heading level', async () => {
		expect(await run('### <a name="cause"></a>Cause\n')).toBe('<h3 id="cause">Cause</h3>');
	});

	test('leaves links and anchors with content alone', async () => {
		expect(await headingOf('## <a name="x">Named</a> heading\n')).toEqual({ id: undefined, children: ['mdxJsxTextElement:a', 'text'] });
		expect(await headingOf('## <a href="/x" name="y"></a>Linked\n')).toEqual({ id: undefined, children: ['mdxJsxTextElement:a', 'text'] });
	});

	test('leaves a heading that has its own id as it is, anchor included', async () => {
		const anchor: Element = { type: 'element', tagName: 'a', properties: { name: 'x' }, children: [] };
		const heading: Element = { type: 'element', tagName: 'h2', properties: { id: 'own' }, children: [anchor, { type: 'text', value: 'Title' }] };
		const tree: Root = { type: 'root', children: [heading] };
		rehypeLearnAnchors()(tree);
		expect(unified().use(rehypeStringify).stringify(tree)).toBe('<h2 id="own"><a name="x"></a>Title</h2>');
	});

	test('reads plain HTML anchors too', async () => {
		const anchor: Element = { type: 'element', tagName: 'a', properties: { name: 'x' }, children: [] };
		const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'h2', properties: {}, children: [anchor, { type: 'text', value: ' Title' }] }] };
		rehypeLearnAnchors()(tree);
		expect(unified().use(rehypeStringify).stringify(tree)).toBe('<h2 id="x">Title</h2>');
	});
});
