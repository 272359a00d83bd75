/**
 * The AADSTS codes an imported article is about, from the places Learn names them: its title,
 * its first heading and its file name, in that order, each once, written `AADSTS<digits>`. Codes
 * only mentioned in the body are not the article's subject and are left to the code linker.
 * @example errorCodesFrom(['Error AADSTS50011 - Reply URL', undefined, 'error-code-aadsts50011-reply-url.md']) // ['AADSTS50011']
 */
export function errorCodesFrom(places: readonly (string | undefined)[]): string[] {
	const codes = places.flatMap((text) =>
		[...(text ?? '').matchAll(/(?<![a-z0-9])aadsts(\d{5,9})(?![0-9])/gi)].map(
			(m) => `AADSTS${m[1]}`,
		),
	);
	return [...new Set(codes)];
}
