import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import rehypeMdxElements, { mdxNodeTypes } from '../../../src/markdown/rehype-mdx-elements.ts';
import rehypeSxsSearchWeight from '../../../src/markdown/rehype-sxs-search-weight.ts';

const titles = { note: 'Note', tip: 'Tip', important: 'Important', caution: 'Caution', warning: 'Warning' };
const alertTitles = { 'en-us': titles, 'zh-cn': titles, 'ja-jp': titles, 'de-de': titles, 'fr-fr': titles, 'ar-sa': titles };

test('the English source of a bilingual sentence is searchable, ranked below the page\'s own language', async () => {
	const processor = unified().use(remarkParse).use(remarkMdx).use(remarkRehype, { passThrough: [...mdxNodeTypes] }).use(rehypeMdxElements, { alertTitles }).use(rehypeSxsSearchWeight).use(rehypeStringify);
	const html = String(await processor.process(new VFile({ value: '<Sxs en="Sign in.">登录。</Sxs>\n', path: '/repo/content/articles/zh-cn/a.mdx' })));
	expect(html).toBe('<p><span class="sxs" tabindex="0"><span class="sxs-translation">登录。</span><span class="sxs-source" lang="en-US" dir="ltr" data-pagefind-weight="0.5">Sign in.</span></span></p>');
});
