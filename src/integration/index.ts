import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndexes } from '../search/pagefind-index.ts';

/**
 * The product's Astro integration: after the build it writes one search index per locale.
 * (Content is checked where it is loaded: `src/content/article-loader.ts`.)
 */
export default function troubleshootDocs(): AstroIntegration {
	return {
		name: 'troubleshoot-docs',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const pages = await buildSearchIndexes(fileURLToPath(dir));
				logger.info(`Search indexes: ${Object.entries(pages).map(([locale, count]) => `${locale} ${count} pages`).join(', ')}`);
			},
		},
	};
}
