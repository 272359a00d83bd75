/**
 * The placeholder texts `npm run new` writes into a new article, for the writer to replace;
 * `npm run check` warns about any left in an article (rules/placeholder-text.ts).
 */
export const placeholders = {
	title: 'Short summary of the problem',
	description: 'One sentence for search results, saying what this article helps solve.',
	symptoms: 'What the user or admin sees, with the error message in a code block.',
	cause: 'Why it happens.',
	resolution: 'The first step.',
	moreInformation: 'Related articles and references.',
} as const;
