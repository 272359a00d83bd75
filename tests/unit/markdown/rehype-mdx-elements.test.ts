import { describe, expect, test } from 'vitest';
import { renderArticle } from '../helpers/render-article.ts';

const context = { oauthCodes: new Set<string>(), articles: new Map<string, string>() };
const render = (body: string) => renderArticle(body, { context, folder: 'zh-cn' });
const html = async (body: string) => (await render(body)).html;

describe('rehype-mdx-comments and rehype-mdx-elements, through the article renderer: MDX written as plain HTML', () => {
	test('an alert gets its title in the language of its file, its Markdown kept', async () => {
		expect(await html('<Alert type="note">\n  Sign **out** first.\n</Alert>\n')).toBe(
			'<div class="alert alert-note" role="note"><p class="alert-title">注意</p><p>Sign <strong>out</strong> first.</p></div>',
		);
	});

	test('an explicit locale wins over the file (remark-alerts writes one)', async () => {
		expect(await html('<Alert type="tip" locale="de-de">\n  x\n</Alert>\n')).toBe(
			'<div class="alert alert-tip" role="note"><p class="alert-title">Tipp</p><p>x</p></div>',
		);
	});

	test('a bilingual sentence carries its English source, its inline Markdown formatted', async () => {
		expect(
			await html(
				'前文 <Sxs en="Sign in to the **[portal](https://x.example)**, *then* run `2**10`; 2**10 stays.">登录**门户**。</Sxs>\n',
			),
		).toBe(
			'<p>前文 <span class="sxs" tabindex="0"><span class="sxs-translation">登录<strong>门户</strong>。</span><span class="sxs-source" lang="en-US" dir="ltr" data-pagefind-weight="0.5">Sign in to the <strong><a href="https://x.example">portal</a></strong>, <em>then</em> run <code>2**10</code>; 2**10 stays.</span></span></p>',
		);
	});

	test('the English source can hold no markup: HTML, MDX, block syntax and unsafe links stay text', async () => {
		expect(
			await html(
				'<Sxs en="1. <img src=x onerror=alert(1)> {alert(1)} [x](javascript:alert(1)) [y](../other/#fix) ![pic](a.png)">x</Sxs>\n',
			),
		).toBe(
			'<p><span class="sxs" tabindex="0"><span class="sxs-translation">x</span><span class="sxs-source" lang="en-US" dir="ltr" data-pagefind-weight="0.5">1. &#x3C;img src=x onerror=alert(1)> {alert(1)} x <a href="../other/#fix">y</a> pic</span></span></p>',
		);
	});

	test('HTML written as JSX becomes elements; comments are dropped', async () => {
		expect(await html('Line<br />break <kbd>Ctrl</kbd> {/* a comment */}\n')).toBe(
			'<p>Line<br>break <kbd>Ctrl</kbd> </p>',
		);
	});

	test('anything that is not plain content is an error at its line, and the page is not rendered', async () => {
		expect(await render('Text\n\n<Thing />\n')).toEqual({
			html: undefined,
			problems: [
				'content/articles/zh-cn/a.mdx:6:1  error  unknown component <Thing>: content may use only <Alert>, <Sxs>  (mdx-safety)',
			],
		});
		expect((await render('Text {1 + 1}\n')).problems).toEqual([
			'content/articles/zh-cn/a.mdx:4:6  error  JavaScript expression {1 + 1} is not allowed in content; to show braces as text, write \\{ and \\}  (mdx-safety)',
		]);
		// A comment around code is code.
		expect((await render('Text {/* a */ alert(1) /* b */}\n')).problems).toEqual([
			'content/articles/zh-cn/a.mdx:4:6  error  JavaScript expression {/* a */ alert(1) /* b */} is not allowed in content; to show braces as text, write \\{ and \\}  (mdx-safety)',
		]);
	});
});
