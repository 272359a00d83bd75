import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndexes } from '../search/pagefind-index.ts';
import { devReload } from './dev-reload.ts';

/**
 * The product's Astro integration: in the dev server, reloads pages when data files change
 * (dev-reload.ts); after the build, writes one search index per locale.
 * (Content is checked where it is loaded: `src/content/article-loader.ts`.)
 */
export default function troubleshootDocs(): AstroIntegration {
	return {
		name: 'troubleshoot-docs',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [devReload()] } });
			},
			'astro:build:done': async ({ dir, logger }) => {
				const pages = await buildSearchIndexes(fileURLToPath(dir));
				logger.info(`Search indexes: ${Object.entries(pages).map(([locale, count]) => `${locale} ${count} pages`).join(', ')}`);
			},
		},
	};
}
