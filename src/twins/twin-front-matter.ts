import { stringify } from 'yaml';

/** What a Markdown twin says about its page, as YAML front matter. */
export interface TwinFrontMatter {
	title: string;
	description?: string | undefined;
	/** The error codes the page is about. */
	codes: readonly string[];
	/** The locale of the page the twin belongs to. */
	locale: string;
	/** The HTML page's absolute URL. */
	sourceUrl: string;
	/** `source`, `current`, `outdated`, `fallback` (the English text) or `MT` (a machine translation). */
	translation: string;
	/** On a translation: `HT` (human) or `MT` (machine). */
	translationType?: 'HT' | 'MT' | undefined;
}

/**
 * The twin's front matter block, in a fixed order.
 * @example twinFrontMatter({ title: 'T', codes: [], locale: 'en-us', sourceUrl: 'https://x/', translation: 'source' }) // '---\ntitle: T\n…---\n'
 */
export function twinFrontMatter(meta: TwinFrontMatter): string {
	const fields = {
		title: meta.title,
		...(meta.description ? { description: meta.description } : {}),
		codes: [...meta.codes],
		locale: meta.locale,
		source_url: meta.sourceUrl,
		translation: meta.translation,
		...(meta.translationType ? { translation_type: meta.translationType } : {}),
	};
	return `---\n${stringify(fields, { lineWidth: 0 })}---\n`;
}
