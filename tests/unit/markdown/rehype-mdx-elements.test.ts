import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import type { AlertTitles } from '../../../src/markdown/content-components.ts';
import rehypeMdxComments from '../../../src/markdown/rehype-mdx-comments.ts';
import rehypeMdxElements, { mdxNodeTypes } from '../../../src/markdown/rehype-mdx-elements.ts';

const titles = { note: 'Note', tip: 'Tip', important: 'Important', caution: 'Caution', warning: 'Warning' };
const alertTitles = { 'en-us': titles, 'zh-cn': { ...titles, note: '注意' }, 'ja-jp': titles, 'de-de': { ...titles, tip: 'Tipp' }, 'fr-fr': titles, 'ar-sa': titles } satisfies AlertTitles;

async function render(mdx: string, path = '/repo/content/articles/zh-cn/a.mdx') {
	const processor = unified()
		.use(remarkParse)
		.use(remarkMdx)
		.use(remarkRehype, { passThrough: [...mdxNodeTypes] })
		.use(rehypeMdxComments)
		.use(rehypeMdxElements, { alertTitles })
		.use(rehypeStringify);
	return String(await processor.process(new VFile({ value: mdx, path })));
}

describe('rehype-mdx-comments and rehype-mdx-elements: MDX written as plain HTML', () => {
	test('an alert gets its title in the language of its file, its Markdown kept', async () => {
		expect(await render('<Alert type="note">\n  Sign **out** first.\n</Alert>\n')).toBe(
			'<div class="alert alert-note" role="note"><p class="alert-title">注意</p><p>Sign <strong>out</strong> first.</p></div>',
		);
	});

	test('an explicit locale wins over the file (remark-alerts writes one)', async () => {
		expect(await render('<Alert type="tip" locale="de-de">\n  x\n</Alert>\n')).toBe('<div class="alert alert-tip" role="note"><p class="alert-title">Tipp</p><p>x</p></div>');
	});

	test('a bilingual sentence carries its English source, its inline Markdown formatted', async () => {
		expect(await render('前文 <Sxs en="Sign in to the **[portal](https://x.example)**, *then* run `2**10`; 2**10 stays.">登录**门户**。</Sxs>\n')).toBe(
			'<p>前文 <span class="sxs" tabindex="0"><span class="sxs-translation">登录<strong>门户</strong>。</span><span class="sxs-source" lang="en-US" dir="ltr">Sign in to the <strong><a href="https://x.example">portal</a></strong>, <em>then</em> run <code>2**10</code>; 2**10 stays.</span></span></p>',
		);
	});

	test('the English source can hold no markup: HTML, MDX, block syntax and unsafe links stay text', async () => {
		expect(await render('<Sxs en="1. <img src=x onerror=alert(1)> {alert(1)} [x](javascript:alert(1)) [y](../other/#fix) ![pic](a.png)">x</Sxs>\n')).toBe(
			'<p><span class="sxs" tabindex="0"><span class="sxs-translation">x</span><span class="sxs-source" lang="en-US" dir="ltr">1. &#x3C;img src=x onerror=alert(1)> {alert(1)} x <a href="../other/#fix">y</a> pic</span></span></p>',
		);
	});

	test('HTML written as JSX becomes elements; comments are dropped', async () => {
		expect(await render('## <a name="fix"></a>Fix {/* anchor kept for old links */}\n\nLine<br />break <kbd>Ctrl</kbd>\n')).toBe(
			'<h2><a name="fix"></a>Fix </h2>\n<p>Line<br>break <kbd>Ctrl</kbd></p>',
		);
	});

	test('anything that is not plain content fails at its line instead of being dropped or written', async () => {
		await expect(render('Text\n\n<Thing />\n')).rejects.toThrow('unknown component <Thing>: content may use only <Alert>, <Sxs>');
		await expect(render('Text {1 + 1}\n')).rejects.toMatchObject({ line: 1, column: 6, ruleId: 'mdx-safety' });
		// A comment around code is code.
		await expect(render('Text {/* a */ alert(1) /* b */}\n')).rejects.toMatchObject({ line: 1, ruleId: 'mdx-safety' });
	});
});
