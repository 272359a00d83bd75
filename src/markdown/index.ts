import { rehypeHeadingIds, rehypeShiki, type AstroMarkdownOptions, type MarkdownHeading, type RehypePlugins, type RemarkPlugins, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import type { VFile } from 'vfile';
import { formatDiagnostic, type Diagnostic } from '../content/diagnostics.ts';
import { localeOfContentPath } from '../content/paths.ts';
import { loadMentionContext } from '../reference/code-context.ts';
import type { MentionContext } from '../reference/mentions.ts';
import type { AlertTitles } from './content-components.ts';
import rehypeLearnAnchors from './rehype-learn-anchors.ts';
import rehypeMdxComments from './rehype-mdx-comments.ts';
import rehypeMdxElements, { mdxNodeTypes } from './rehype-mdx-elements.ts';
import rehypeSxsSearchWeight from './rehype-sxs-search-weight.ts';
import remarkAlerts from './remark-alerts.ts';
import remarkLinkCodes from './remark-link-codes.ts';

/** What the code-linking plugin needs: the codes to link, and where unknown codes are reported. */
export interface LinkingOptions {
	context: () => MentionContext;
	report?: ((diagnostic: Diagnostic) => void) | undefined;
}

/**
 * The remark plugins, in the order they run. GFM is registered here, not by Astro's built-in
 * switch (off in `astro.config.mjs`), so the whole pipeline is visible in one list.
 */
export function remarkPluginsWith(linking: LinkingOptions): PluggableList {
	return [remarkGfm, [remarkAlerts, { localeOf: localeOfContentPath }], [remarkLinkCodes, linking]];
}

/** The rehype plugins, in the order they run (before Astro adds heading ids). */
export const rehypePlugins: PluggableList = [rehypeLearnAnchors];

let projectContext: MentionContext | undefined;

/**
 * The processor options of `astro.config.mjs` (`markdown.processor: unified(…)`): GFM and smart
 * quotes off, our plugins on, codes read from the project on first use.
 */
export const markdownOptions: UnifiedProcessorOptions = {
	gfm: false,
	smartypants: false,
	// Astro's plugin types also accept plugin names; ours are plugin functions with their options.
	remarkPlugins: remarkPluginsWith({ context: () => (projectContext ??= loadMentionContext(process.cwd())), report: (d) => console.warn(formatDiagnostic(d)) }) as RemarkPlugins,
	rehypePlugins: rehypePlugins as RehypePlugins,
};

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
 * The renderer of articles. It runs the plugins above on the tree the checks have read, so each
 * file is parsed once, then Astro's Shiki highlighting and heading ids, as Astro's own Markdown
 * pipeline does, and writes the MDX elements as HTML (rehype-mdx-elements): an article becomes
 * HTML once, when its file is compiled, and is never a JavaScript module. (Astro's image and raw
 * HTML steps are left out: an MDX tree holds no raw HTML, and articles' images are served from
 * public/.) Unknown codes are left to the checks, which report them with the rest.
 */
export function createArticleRenderer(options: ArticleRendererOptions): ArticleRenderer {
	const { shikiConfig, syntaxHighlight = 'shiki' } = options.markdown;
	const highlighter = typeof syntaxHighlight === 'object' ? syntaxHighlight.type : syntaxHighlight;
	if (highlighter === 'prism') throw new Error('markdown.syntaxHighlight: articles are highlighted with Shiki; set it to "shiki" or false');
	const excludeLangs = typeof syntaxHighlight === 'object' ? syntaxHighlight.excludeLangs : undefined;
	const processor = unified()
		.use(remarkPluginsWith({ context: () => options.context }))
		.use(remarkRehype, { passThrough: [...mdxNodeTypes] })
		.use(highlighter === 'shiki' ? [[rehypeShiki, shikiConfig, excludeLangs]] : [])
		.use(rehypePlugins)
		.use(rehypeMdxComments)
		// Heading ids from the text as written: a heading's <Sxs> counts its translation, not its English.
		.use(rehypeHeadingIds)
		.use(rehypeMdxElements, { alertTitles: options.alertTitles })
		.use(rehypeSxsSearchWeight)
		.use(rehypeStringify)
		.freeze();
	return {
		async render(tree, file) {
			const hast = await processor.run(tree, file);
			return { html: processor.stringify(hast, file), headings: file.data.astro?.headings ?? [] };
		},
	};
}
