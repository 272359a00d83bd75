/** One page as llms.txt lists it. */
interface LlmsEntry {
	title: string;
	/** The page's absolute URL. */
	url: string;
	description?: string | undefined;
	codes: readonly string[];
}

/** What one locale's llms.txt is made of, its headings already in the locale's language. */
export interface LocaleLlms {
	siteName: string;
	tagline: string;
	/** The language's name and BCP 47 tag: `日本語 (ja-JP)`. */
	language: string;
	/** The absolute URL of the locale's `articles.json`. */
	articlesJson: string;
	labels: { articles: string; reference: string; codes: string };
	articles: readonly LlmsEntry[];
	reference: readonly LlmsEntry[];
}

/** Text for one line of Markdown: no line breaks, and brackets that cannot end a link text. */
const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();
const linkText = (value: string) => oneLine(value).replace(/[[\]\\]/g, '\\$&');

function entryLine(entry: LlmsEntry, codesLabel: string): string {
	const parts = [
		entry.description && oneLine(entry.description),
		entry.codes.length > 0 && `${codesLabel}: ${entry.codes.join(', ')}`,
	].filter(Boolean);
	return `- [${linkText(entry.title)}](${entry.url})${parts.length > 0 ? `: ${parts.join(' ')}` : ''}`;
}

/**
 * A locale's `/<locale>/llms.txt` (llmstxt.org): the site's name and purpose, then every article
 * and reference entry with its URL, one-line description and error codes.
 * @example localeLlmsTxt(index) // '# Sign-in Troubleshooter\n\n> …'
 */
export function localeLlmsTxt(index: LocaleLlms): string {
	const lines = [
		`# ${oneLine(index.siteName)}`,
		'',
		`> ${oneLine(index.tagline)}`,
		'',
		`Language: ${index.language}. Every page below has a Markdown version at its URL followed by \`index.md\`; ${index.articlesJson} maps each error code to its articles.`,
		'',
		`## ${index.labels.articles}`,
		'',
		...index.articles.map((e) => entryLine(e, index.labels.codes)),
		'',
		`## ${index.labels.reference}`,
		'',
		...index.reference.map((e) => entryLine(e, index.labels.codes)),
	];
	return `${lines.join('\n')}\n`;
}

/**
 * The site's `/llms.txt`: the site's name, and each locale's llms.txt.
 * @example rootLlmsTxt('Sign-in Troubleshooter', 'Troubleshooting…', [{ name: 'English (en-US)', url: 'https://x/en-us/llms.txt' }])
 */
export function rootLlmsTxt(
	siteName: string,
	tagline: string,
	locales: readonly { name: string; url: string }[],
): string {
	const lines = [
		`# ${oneLine(siteName)}`,
		'',
		`> ${oneLine(tagline)}`,
		'',
		'The site in each of its languages:',
		'',
		...locales.map((l) => `- [${linkText(l.name)}](${l.url})`),
	];
	return `${lines.join('\n')}\n`;
}
