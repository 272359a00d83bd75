import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ArticleFrontMatterSchema } from './content/front-matter-schema.ts';

/**
 * Troubleshooting articles: `content/articles/<locale>/<slug>.mdx`, ids `<locale>/<slug>`.
 * The integration has already validated every file with the same schema, with line numbers.
 */
const articles = defineCollection({
	loader: glob({ pattern: '*/*.mdx', base: './content/articles' }),
	schema: ArticleFrontMatterSchema,
});

export const collections = { articles };
