import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import config from '../../../astro.config.mjs';
import { alertTitlesOf } from '../../../src/build/article-loader.ts';
import { compileArticle } from '../../../src/build/compile-article.ts';
import { formatDiagnostic } from '../../../src/diagnostics/diagnostics.ts';
import { createArticleRenderer, type ArticleRenderer } from '../../../src/markdown/index.ts';
import type { MentionContext } from '../../../src/reference/mentions.ts';

/** The front matter every rendered body gets: the smallest an article may have. */
const frontMatter = '---\ntitle: Test article\n---\n';

/** The Markdown settings the site highlights articles with (astro.config.mjs). */
const markdown = {
	shikiConfig: config.markdown?.shikiConfig ?? {},
	syntaxHighlight: 'shiki',
} as AstroMarkdownOptions;

const renderers = new WeakMap<MentionContext, ArticleRenderer>();

/**
 * Compiles an article body the way the site does (front matter, MDX, per-file checks, every
 * plugin, the sanitizer, Shiki, the HTML writer, the project's alert titles), as
 * `content/articles/<folder>/<slug>.mdx`. Returns its HTML (absent when the file has errors) and
 * its problems as `npm run check` prints them; the body starts on line 4.
 * @example (await renderArticle('Hi\n', { context })).html // '<p>Hi</p>'
 */
export async function renderArticle(
	body: string,
	options: { context: MentionContext; folder?: string; slug?: string },
): Promise<{ html: string | undefined; problems: string[] }> {
	const { context, folder = 'en-us', slug = 'a' } = options;
	let renderer = renderers.get(context);
	if (!renderer)
		renderers.set(
			context,
			(renderer = createArticleRenderer({ context, alertTitles: alertTitlesOf(), markdown })),
		);
	const file = {
		file: `content/articles/${folder}/${slug}.mdx`,
		folder,
		slug,
		source: frontMatter + body,
	};
	const compiled = await compileArticle(file, { root: process.cwd(), context }, renderer);
	return { html: compiled.rendered?.html, problems: compiled.diagnostics.map(formatDiagnostic) };
}
