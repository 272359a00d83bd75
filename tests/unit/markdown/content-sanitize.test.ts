import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { alertTitlesWith, highlighted } from '../helpers/renderer-options.ts';
import { bodyWithFileLines } from '../../../src/build/compile-article.ts';
import {
	articleParser,
	contentHtmlMessages,
	createArticleRenderer,
} from '../../../src/markdown/index.ts';

const context = {
	oauthCodes: new Set(['invalid_grant']),
	articles: new Map([['AADSTS50011', 'aadsts50011']]),
};
const alertTitles = alertTitlesWith();
const markdown = highlighted;
const renderer = createArticleRenderer({ context, alertTitles, markdown });

/** Renders MDX the way the site does; returns the HTML and what the sanitizer reported. */
async function render(mdx: string) {
	const file = new VFile({ path: '/repo/content/articles/en-us/a.mdx', value: mdx });
	const { html } = await renderer.render(articleParser.parse(bodyWithFileLines(mdx)), file);
	return {
		html,
		removed: contentHtmlMessages(file).map((m) => `${m.line}:${m.column} ${m.reason}`),
	};
}

describe('the article renderer sanitizes with the content schema and says what it removed', () => {
	test('an attribute cannot end a raw-text element: the element goes, < and > in values are escaped', async () => {
		const { html, removed } = await render(
			'<noscript><img alt="</noscript><img src=x onerror=alert(1)>" src="a.png" /></noscript>\n',
		);
		expect(html).toBe(
			'<img alt="&#x3C;/noscript&#x3E;&#x3C;img src=x onerror=alert(1)&#x3E;" src="a.png">',
		);
		expect(removed).toEqual([
			'1:1 <noscript> is not allowed in content: to show code or markup, put it in `backticks` or a fenced code block',
		]);
	});

	test('SVG, its links and its animation are removed with their content', async () => {
		const { html, removed } = await render(
			'A <svg><a xlinkHref="javascript:alert(1)"><animate attributeName="href" values="javascript:alert(2)" /><text>x</text></a></svg> b\n',
		);
		expect(html).toBe('<p>A  b</p>');
		expect(removed).toEqual([
			'1:3 <svg> is not allowed in content: use an image instead, such as ![what it shows](diagram.png)',
		]);
	});

	test('styles, handlers and unsafe URLs are removed; the text stays', async () => {
		const { html, removed } = await render(
			'<span style="position:fixed;inset:0" onClick="x()">Hi</span> [a](javascript:alert(1)) ![i](data:image/png;base64,AA)\n',
		);
		expect(html).toBe('<p><span>Hi</span> <a>a</a> <img alt="i"></p>');
		expect(removed).toEqual([
			'1:1 <span>: style="position:fixed;inset:0" is not allowed in content: articles use the site\'s styles (write **bold**, _italics_ or `code` for emphasis)',
			'1:1 <span>: event handler onclick= is not allowed in content',
			'1:62 <a>: href="javascript:alert(1)" is not allowed in content: expected a URL that starts with http:, https:, mailto: or tel:, a relative URL or a #fragment',
			'1:87 <img>: src="data:image/png;base64,AA" is not allowed in content: expected a URL that starts with http: or https: or a relative URL',
		]);
	});

	test('everything a troubleshooting article legitimately holds is kept as written', async () => {
		const mdx = [
			'## <a name="fix"></a>Fix it',
			'',
			'| Step | Keys |',
			'| --- | :-: |',
			'| 1 | <kbd>Ctrl</kbd>+<kbd>C</kbd> |',
			'',
			'- [x] H<sub>2</sub>O and x<sup>2</sup>,<br />then `invalid_grant` and [Learn](https://learn.microsoft.com/ "Learn") or [mail](mailto:a@example.com).',
			'',
			'<details><summary>More</summary>Text with <abbr title="Single sign-on">SSO</abbr> and <a name="anchor"></a>.</details>',
			'',
			'![Sign-in page](images/sign-in.png)',
			'',
			'<Alert type="tip">Sign **out** first.</Alert>',
			'',
		].join('\n');
		const { html, removed } = await render(mdx);
		expect(removed).toEqual([]);
		expect(html).toBe(
			[
				'<div class="heading-wrapper heading-wrapper-h2"><h2 id="fix">Fix it</h2><a class="heading-link" href="#fix" aria-labelledby="heading-link-label fix" data-pagefind-ignore=""><span aria-hidden="true">#</span></a></div>',
				'<table>',
				'<thead>',
				'<tr>',
				'<th>Step</th>',
				'<th align="center">Keys</th>',
				'</tr>',
				'</thead>',
				'<tbody>',
				'<tr>',
				'<td>1</td>',
				'<td align="center"><kbd>Ctrl</kbd>+<kbd>C</kbd></td>',
				'</tr>',
				'</tbody>',
				'</table>',
				'<ul class="contains-task-list">',
				'<li class="task-list-item"><input type="checkbox" checked disabled> H<sub>2</sub>O and x<sup>2</sup>,<br>then <a href="../../reference/oauth-errors/invalid_grant/" data-code-link="oauth"><code>invalid_grant</code></a> and <a href="https://learn.microsoft.com/" title="Learn">Learn</a> or <a href="mailto:a@example.com">mail</a>.</li>',
				'</ul>',
				'<p><details><summary>More</summary>Text with <abbr title="Single sign-on">SSO</abbr> and <a name="anchor"></a>.</details></p>',
				'<p><img src="images/sign-in.png" alt="Sign-in page"></p>',
				'<p><div class="alert alert-tip" role="note"><p class="alert-title">Tip</p>Sign <strong>out</strong> first.</div></p>',
			].join('\n'),
		);
	});

	test('code blocks are highlighted after sanitizing, with the highlighter’s own colours', async () => {
		const { html, removed } = await render('```js\nalert("<b>")\n```\n');
		expect(removed).toEqual([]);
		expect(html).toContain('<pre class="astro-code astro-code-themes github-light github-dark"');
		expect(html).toContain('style="--shiki-light:');
		expect(html).toContain('&#x3C;b>');
	});
});
