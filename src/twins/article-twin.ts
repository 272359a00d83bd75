import type { Locale } from '../i18n/locales.ts';
import type { AlertTitles } from '../markdown/content-components.ts';
import { placeTwinBody, twinBody } from '../markdown/markdown-twin.ts';
import type { MentionContext } from '../reference/mentions.ts';
import { twinFrontMatter, type TwinFrontMatter } from './twin-front-matter.ts';

/** What writing an article's twin needs besides its file. */
export interface ArticleTwinOptions {
	/** The codes articles link, as for the HTML (so code links are the same). */
	context: MentionContext;
	alertTitles: AlertTitles;
	/** The locale of the file's text (its folder). */
	textLocale: Locale;
	meta: TwinFrontMatter;
	/**
	 * The body compiling wrote for this file with this title (markdown-twin.ts), if it did: then
	 * the file is not parsed again.
	 */
	compiledBody?: string | undefined;
}

/**
 * The Markdown twin of an article page: the front matter reduced to what a reader's tools need
 * (twin-front-matter.ts), then the body as plain Markdown (markdown-twin.ts), its links made
 * absolute from the page's URL.
 * @example await articleTwin('content/articles/en-us/x.mdx', text, options) // '---\ntitle: …'
 */
export async function articleTwin(
	path: string,
	source: string,
	options: ArticleTwinOptions,
): Promise<string> {
	const { meta } = options;
	const body =
		options.compiledBody === undefined
			? await twinBody(path, source, { ...options, title: meta.title, pageUrl: meta.sourceUrl })
			: placeTwinBody(options.compiledBody, meta.sourceUrl);
	return `${twinFrontMatter(meta)}\n${body}`;
}
