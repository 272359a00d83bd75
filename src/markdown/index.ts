import {
	rehypeHeadingIds,
	rehypeShiki,
	type AstroMarkdownOptions,
	type MarkdownHeading,
} from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import type { VFile } from 'vfile';
import { localeOfContentPath } from '../content/paths.ts';
import type { MentionContext } from '../reference/mentions.ts';
import type { AlertTitles } from './content-components.ts';
import { withoutMdxCode } from './content-policy.ts';
import rehypeContentSanitize, { contentHtmlRule } from './rehype-content-sanitize.ts';
import rehypeHeadingLinks from './rehype-heading-links.ts';
import rehypeSafeStringify from './html-serializer.ts';
import rehypeLearnAnchors from './rehype-learn-anchors.ts';
import rehypeMdxComments from './rehype-mdx-comments.ts';
import rehypeMdxElements, { mdxNodeTypes } from './rehype-mdx-elements.ts';
import rehypeSxsSearchWeight from './rehype-sxs-search-weight.ts';
import remarkAlerts from './remark-alerts.ts';
import remarkLinkCodes from './remark-link-codes.ts';

/**
 * The remark plugins, in the order they run. GFM is registered here, so the whole pipeline is
 * visible in one list.
 */
export function remarkPluginsWith(context: MentionContext): PluggableList {
	return [
		remarkGfm,
		[remarkAlerts, { localeOf: localeOfContentPath }],
		[remarkLinkCodes, { context }],
	];
}

/** What an article renderer is made from: data only, so a worker thread can make one too. */
export interface ArticleRendererOptions {
	context: MentionContext;
	alertTitles: AlertTitles;
	/** Astro's cross-cutting Markdown settings (`markdown.shikiConfig`, `syntaxHighlight`). */
	markdown: AstroMarkdownOptions;
}

/** An article's HTML and the headings in it. */
export interface RenderedArticle {
	html: string;
	headings: MarkdownHeading[];
}

/** Renders the tree of an article (parsed by `articleParser`) to HTML. */
export interface ArticleRenderer {
	render: (tree: Root, file: VFile) => Promise<RenderedArticle>;
}

/** The parser of articles: MDX syntax with GFM, positions as in the file. */
export const articleParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

/**
 * The steps that turn an article's tree into the HTML readers get, up to and including the
 * allowlist sanitizer: our remark plugins, Learn anchors, MDX comments, heading ids from the text
 * as written (a heading's <Sxs> counts its translation, not its English), the MDX elements written
 * as HTML, then rehype-content-sanitize, which reports and removes whatever the content schema
 * does not allow. Rendering and `npm run check` both run exactly these steps.
 */
function contentSteps(
	context: MentionContext,
	alertTitles: AlertTitles | undefined,
): PluggableList {
	return [
		...remarkPluginsWith(context),
		[remarkRehype, { passThrough: [...mdxNodeTypes] }],
		rehypeLearnAnchors,
		rehypeMdxComments,
		rehypeHeadingIds,
		[rehypeMdxElements, { alertTitles }],
		rehypeContentSanitize,
	];
}

/**
 * The renderer of articles. It runs the content steps above on the tree the checks have read, so
 * each file is parsed once, then Astro's Shiki highlighting (on sanitized code; its colours are
 * ours, not the writer's), and writes the HTML with `<` and `>` escaped in every attribute
 * (html-serializer.ts): an article becomes HTML once, when its file is compiled, and is never a
 * JavaScript module. (Astro's image and raw HTML steps are left out: an MDX tree holds no raw
 * HTML, and articles' images are served from public/.) What the sanitizer removed is left in the
 * file's messages (rule `content-html`), for compiling to report as errors.
 */
export function createArticleRenderer(options: ArticleRendererOptions): ArticleRenderer {
	const { shikiConfig, syntaxHighlight = 'shiki' } = options.markdown;
	const highlighter = typeof syntaxHighlight === 'object' ? syntaxHighlight.type : syntaxHighlight;
	if (highlighter === 'prism')
		throw new Error(
			'markdown.syntaxHighlight: articles are highlighted with Shiki; set it to "shiki" or false',
		);
	// ANSI colour codes in a code block would let the writer pick colours (white on white): such
	// blocks are shown as plain text.
	const excludeLangs = [
		...((typeof syntaxHighlight === 'object' ? syntaxHighlight.excludeLangs : undefined) ?? []),
		'ansi',
	];
	const processor = unified()
		.use(contentSteps(options.context, options.alertTitles))
		.use(highlighter === 'shiki' ? [[rehypeShiki, shikiConfig, excludeLangs]] : [])
		// Trusted decorations last, after the article's own HTML is made and sanitized.
		.use(rehypeSxsSearchWeight)
		.use(rehypeHeadingLinks)
		.use(rehypeSafeStringify)
		.freeze();
	return {
		async render(tree, file) {
			const hast = await processor.run(tree, file);
			return {
				html: String(processor.stringify(hast, file)),
				headings: file.data.astro?.headings ?? [],
			};
		},
	};
}

/**
 * Checks an article's HTML against the content schema without rendering it (for
 * `npm run check`): the same steps as the renderer, up to the sanitizer, whose messages are
 * returned. MDX code, which the MDX safety check reports, is left out. The tree is not changed.
 * @example (await checkContentHtml(tree, file, context)).map((m) => m.reason)
 */
export async function checkContentHtml(
	tree: Root,
	file: VFile,
	context: MentionContext,
): Promise<VFile['messages']> {
	const checker = unified().use(contentSteps(context, undefined)).freeze();
	await checker.run(withoutMdxCode(structuredClone(tree)), file);
	return contentHtmlMessages(file);
}

/** The messages of the content schema left in a file by rendering or checking it. */
export function contentHtmlMessages(file: VFile): VFile['messages'] {
	return file.messages.filter((m) => m.ruleId === contentHtmlRule);
}
