import { describe, expect, test } from 'vitest';
import { renderArticle } from '../helpers/render-article.ts';

const context = { oauthCodes: new Set<string>(), articles: new Map<string, string>() };
const html = async (body: string, folder = 'en-us') =>
	(await renderArticle(body, { context, folder })).html;
const link = (id: string) =>
	`<a class="heading-link" href="#${id}" aria-labelledby="heading-link-label ${id}" data-pagefind-ignore=""><span aria-hidden="true">#</span></a>`;

describe('rehype-learn-anchors, through the article renderer', () => {
	test("the seed's heading anchor becomes the heading's id", async () => {
		expect(
			await html(
				'# <a name="troubleshoot-aadsts50000-error-code"></a>AADSTS50000 错误代码疑难解答\n',
				'zh-cn',
			),
		).toBe('<h1 id="troubleshoot-aadsts50000-error-code">AADSTS50000 错误代码疑难解答</h1>');
	});

	test('on every heading level, and the heading link uses it', async () => {
		expect(await html('### <a name="cause"></a>Cause\n')).toBe(
			`<div class="heading-wrapper heading-wrapper-h3"><h3 id="cause">Cause</h3>${link('cause')}</div>`,
		);
	});

	test('anchors with content and links are left alone; the heading gets an id from its text', async () => {
		expect(await html('## <a name="x">Named</a> heading\n')).toBe(
			`<div class="heading-wrapper heading-wrapper-h2"><h2 id="named-heading"><a name="x">Named</a> heading</h2>${link('named-heading')}</div>`,
		);
		expect(await html('## <a href="/x" name="y"></a>Linked\n')).toBe(
			`<div class="heading-wrapper heading-wrapper-h2"><h2 id="linked"><a href="/x" name="y"></a>Linked</h2>${link('linked')}</div>`,
		);
	});
});
