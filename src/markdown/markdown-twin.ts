import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { readBody } from '../content/front-matter.ts';
import type { Locale } from '../i18n/locales.ts';
import type { MentionContext } from '../reference/mentions.ts';
import { articleUrl } from '../routing/urls.ts';
import type { AlertTitles } from './content-components.ts';
import { articleParser, remarkPluginsWith } from './index.ts';
import { toPlainMarkdown } from './plain-markdown.ts';

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

/** What writing an article's Markdown body needs besides its file. */
export interface TwinBodyOptions {
	/** The codes articles link, as for the HTML (so code links are the same). */
	context: MentionContext;
	alertTitles: AlertTitles;
	/** The locale of the file's text (its folder). */
	textLocale: Locale;
	/** The page's title: its heading when the body has none (Learn bodies open with one). */
	title: string;
	/** The absolute URL of the page that shows the text: relative links are made absolute from it. */
	pageUrl: string;
}

/**
 * An article's body as plain Markdown: run through the same remark plugins as the HTML (alerts,
 * code links), its MDX written as plain Markdown (plain-markdown.ts), the title as its heading
 * when it has none.
 * @example await twinBody('content/articles/en-us/x.mdx', text, options) // '# Title\n\n…'
 */
export function twinBody(path: string, source: string, options: TwinBodyOptions): Promise<string> {
	const file = new VFile({ path, value: source });
	return twinBodyOf(articleParser.parse(readBody(source)), file, options);
}

/** `twinBody` of a tree parsed with `articleParser` (which it changes), in its file. */
async function twinBodyOf(tree: Root, file: VFile, options: TwinBodyOptions): Promise<string> {
	const processor = unified().use(remarkPluginsWith(options.context));
	const plain = (await processor.run(tree, file)) as Root;
	toPlainMarkdown(plain, {
		locale: options.textLocale,
		alertTitles: options.alertTitles,
		pageUrl: options.pageUrl,
	});
	if (!plain.children.some((n) => n.type === 'heading' && n.depth === 1))
		plain.children.unshift({
			type: 'heading',
			depth: 1,
			children: [{ type: 'text', value: options.title }],
		});
	return twinStringifier.stringify(plain);
}

// A body written once for every page that shows it (its translation's page, or the English
// fallback in every locale) resolves links against a page at this origin and locale, which
// `placeTwinBody` replaces with the page's own. `.invalid` is reserved: no real URL has it.
const anyOrigin = 'https://twin.invalid';
const anyLocale = '~locale~';

/**
 * The Markdown body of an article as compiling writes it, for whichever page shows it: links
 * resolve against `https://twin.invalid/~locale~/troubleshoot/<slug>/` until `placeTwinBody`.
 */
export function portableTwinBody(
	tree: Root,
	file: VFile,
	options: Omit<TwinBodyOptions, 'pageUrl'> & { slug: string },
): Promise<string> {
	const pageUrl = `${anyOrigin}${articleUrl(anyLocale as Locale, options.slug)}`;
	return twinBodyOf(tree, file, { ...options, pageUrl });
}

/**
 * A portable body placed on the page at `pageUrl`: its links made absolute from that page.
 * @example placeTwinBody(body, 'https://docs.example.com/zh-cn/troubleshoot/x/')
 */
export function placeTwinBody(body: string, pageUrl: string): string {
	const page = new URL(pageUrl);
	const locale = page.pathname.split('/')[1] ?? '';
	return body
		.replaceAll(`${anyOrigin}/${anyLocale}/`, `${page.origin}/${locale}/`)
		.replaceAll(`${anyOrigin}/`, `${page.origin}/`);
}
