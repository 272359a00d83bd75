import { defineCollection } from 'astro:content';
import { articleLoader } from './build/article-loader.ts';
import { ArticleFrontMatterSchema } from './content/front-matter-schema.ts';

/**
 * Troubleshooting articles: `content/articles/<locale>/<slug>.mdx`, ids `<locale>/<slug>`. The
 * loader checks every file (stopping a build on errors, with their lines) and renders each one
 * to HTML once; the schema is the one the checks validate with.
 */
const articles = defineCollection({
	loader: articleLoader(),
	schema: ArticleFrontMatterSchema,
});

export const collections = { articles };
