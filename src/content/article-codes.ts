/**
 * The AADSTS codes an article names where it says what it is about: its title, its first
 * heading and its file name (`error-code-AADSTS50020-user-account….md` → `aadsts50020`).
 */

/**
 * The AADSTS codes written in a title or heading, in order, each once and in capitals.
 * @example codesInTitle('Error AADSTS50020 - User account from identity provider does not exist') // ['AADSTS50020']
 */
export function codesInTitle(text: string): string[] {
	return [...text.matchAll(/(?<![A-Za-z0-9])AADSTS[\s-]?(\d{5,9})(?!\d)/gi)].map((m) => `AADSTS${m[1]}`);
}

/**
 * The AADSTS codes a slug names as one of its hyphen-separated parts.
 * @example codesInSlug('addressing-teams-sign-in-error-aadsts9000411') // ['AADSTS9000411']
 */
export function codesInSlug(slug: string): string[] {
	return [...slug.matchAll(/(?:^|-)aadsts(\d{5,9})(?=-|$)/gi)].map((m) => `AADSTS${m[1]}`);
}

/**
 * The codes an article is about when its front matter lists none: those of its title, then of
 * its first heading, then of its file name, each once.
 * @example derivedErrorCodes('Error AADSTS50011', 'aadsts50011') // ['AADSTS50011']
 */
export function derivedErrorCodes(title: string | undefined, slug: string, firstHeading?: string): string[] {
	return [...new Set([...codesInTitle(title ?? ''), ...codesInTitle(firstHeading ?? ''), ...codesInSlug(slug)])];
}
