/** What a problem report says about the page it was opened from. */
export interface ReportedPage {
	/** The page's absolute URL. */
	url: string;
	/** The locale the reader read it in. */
	locale: string;
	/** The page's title, for the title. */
	title: string;
	/** The version of the text shown: file, content hash, date and translation state. */
	version: string;
	/** The question the body asks the reader, in the reader's language. */
	prompt: string;
}

/**
 * The URL of a new issue on the site's repository, prefilled with the page it is about (GitHub's
 * `issues/new?title=…&body=…`).
 * @example reportProblemUrl('https://github.com/o/docs', page) // 'https://github.com/o/docs/issues/new?title=…&body=…'
 */
export function reportProblemUrl(repository: string, page: ReportedPage): string {
	const body = [
		`${page.prompt}`,
		'',
		'',
		'---',
		`Page: ${page.url}`,
		`Locale: ${page.locale}`,
		`Article version: ${page.version}`,
	].join('\n');
	const query = new URLSearchParams({ title: `[${page.locale}] ${page.title}`, body });
	return `${repository}/issues/new?${query}`;
}
