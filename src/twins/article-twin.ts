import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { readBody } from '../content/front-matter.ts';
import type { Locale } from '../i18n/locales.ts';
import { articleParser, remarkPluginsWith } from '../markdown/index.ts';
import type { AlertTitles } from '../markdown/content-components.ts';
import type { MentionContext } from '../reference/mentions.ts';
import { toPlainMarkdown } from './plain-markdown.ts';
import { twinFrontMatter, type TwinFrontMatter } from './twin-front-matter.ts';

/** What writing an article's twin needs besides its file. */
export interface ArticleTwinOptions {
	/** The codes articles link, as for the HTML (so code links are the same). */
	context: MentionContext;
	alertTitles: AlertTitles;
	/** The locale of the file's text (its folder). */
	textLocale: Locale;
	meta: TwinFrontMatter;
}

/** Writes Markdown as people write it: `-` bullets, `_` emphasis, fenced code. */
export const twinStringifier = unified()
	.use(remarkGfm, { tablePipeAlign: false })
	.use(remarkStringify, {
		bullet: '-',
		emphasis: '_',
		fences: true,
		rule: '-',
		listItemIndent: 'one',
	})
	.freeze();

/**
 * The Markdown twin of an article page: the front matter reduced to what a reader's tools need
 * (twin-front-matter.ts), then the body run through the same remark plugins as the HTML (alerts,
 * code links), with its MDX written as plain Markdown (plain-markdown.ts).
 * @example await articleTwin('content/articles/en-us/x.mdx', text, options) // '---\ntitle: …'
 */
export async function articleTwin(
	path: string,
	source: string,
	options: ArticleTwinOptions,
): Promise<string> {
	const file = new VFile({ path, value: source });
	const tree = articleParser.parse(readBody(source));
	const processor = unified().use(remarkPluginsWith(options.context));
	const plain = (await processor.run(tree, file)) as Root;
	toPlainMarkdown(plain, {
		locale: options.textLocale,
		alertTitles: options.alertTitles,
		pageUrl: options.meta.sourceUrl,
	});
	// The page shows the title as its heading when the body has none (Learn bodies open with one).
	if (!plain.children.some((n) => n.type === 'heading' && n.depth === 1))
		plain.children.unshift({
			type: 'heading',
			depth: 1,
			children: [{ type: 'text', value: options.meta.title }],
		});
	return `${twinFrontMatter(options.meta)}\n${twinStringifier.stringify(plain)}`;
}
