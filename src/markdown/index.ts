import { unified, type AstroMarkdownOptions, type MarkdownRenderer, type RehypePlugins, type RemarkPlugins, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { formatDiagnostic, type Diagnostic } from '../content/diagnostics.ts';
import { localeOfContentPath } from '../content/paths.ts';
import { loadMentionContext } from '../reference/code-context.ts';
import type { MentionContext } from '../reference/mentions.ts';
import type { AlertTitles } from './content-components.ts';
import rehypeLearnAnchors from './rehype-learn-anchors.ts';
import rehypeMdxElements, { mdxNodeTypes } from './rehype-mdx-elements.ts';
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
export function remarkPluginsWith(linking: LinkingOptions): RemarkPlugins {
	return [remarkGfm, [remarkAlerts, { localeOf: localeOfContentPath }], [remarkLinkCodes, linking]];
}

/** The rehype plugins, in the order they run (before Astro adds heading ids). */
export const rehypePlugins: RehypePlugins = [rehypeLearnAnchors];

let projectContext: MentionContext | undefined;

/**
 * The processor options of `astro.config.mjs` (`markdown.processor: unified(…)`): GFM and smart
 * quotes off, our plugins on, codes read from the project on first use.
 */
export const markdownOptions: UnifiedProcessorOptions = {
	gfm: false,
	smartypants: false,
	remarkPlugins: remarkPluginsWith({ context: () => (projectContext ??= loadMentionContext(process.cwd())), report: (d) => console.warn(formatDiagnostic(d)) }),
	rehypePlugins,
};

/** What an article renderer is made from: data only, so a worker thread can make one too. */
export interface ArticleRendererOptions {
	context: MentionContext;
	alertTitles: AlertTitles;
	/** Astro's cross-cutting Markdown settings (`markdown.shikiConfig`, `syntaxHighlight`). */
	markdown: AstroMarkdownOptions;
}

/**
 * The renderer of articles: Astro's unified pipeline with the plugins above, reading MDX syntax
 * and writing the MDX elements as HTML (rehype-mdx-elements), so an article becomes HTML once,
 * when its file is compiled, and is never a JavaScript module. Unknown codes are left to the
 * checks, which report them with the rest.
 */
export function createArticleRenderer(options: ArticleRendererOptions): Promise<MarkdownRenderer> {
	const processor = unified({
		gfm: false,
		smartypants: false,
		remarkPlugins: [remarkMdx, ...remarkPluginsWith({ context: () => options.context })],
		remarkRehype: { passThrough: [...mdxNodeTypes] },
		rehypePlugins: [...rehypePlugins, [rehypeMdxElements, { alertTitles: options.alertTitles }]],
	});
	return processor.createRenderer(options.markdown);
}
