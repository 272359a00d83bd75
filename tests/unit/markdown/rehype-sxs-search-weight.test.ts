import { expect, test } from 'vitest';
import { renderArticle } from '../helpers/render-article.ts';

const context = { oauthCodes: new Set<string>(), articles: new Map<string, string>() };

test("the English source of a bilingual sentence is searchable, ranked below the page's own language", async () => {
	const { html } = await renderArticle('<Sxs en="Sign in.">登录。</Sxs>\n', {
		context,
		folder: 'zh-cn',
	});
	expect(html).toBe(
		'<p><span class="sxs" tabindex="0"><span class="sxs-translation">登录。</span><span class="sxs-source" lang="en-US" dir="ltr" data-pagefind-weight="0.5">Sign in.</span></span></p>',
	);
});
