import type { Diagnostic } from '../../diagnostics/diagnostics.ts';
import { placeholders } from '../../content/placeholders.ts';
import type { CheckedProject } from '../types.ts';

const texts = Object.values(placeholders);

/**
 * Placeholder text from `npm run new` left in any article, in any language (a warning: the
 * page still builds, but a reader would see it).
 */
export function checkPlaceholderText(project: CheckedProject): Diagnostic[] {
	return project.articles.flatMap((article) =>
		article.source.split(/\r?\n/).flatMap((line, index): Diagnostic[] => {
			const text = texts.find((placeholder) => line.includes(placeholder));
			if (!text) return [];
			const message = `placeholder text "${text}" from npm run new is still here: replace it with the article's own words`;
			return [
				{
					file: article.file,
					line: index + 1,
					column: line.indexOf(text) + 1,
					severity: 'warning',
					message,
					rule: 'placeholder-text',
				},
			];
		}),
	);
}
