import type { AstroConfig, AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../i18n/locales.ts';
import { deploymentProblem, siteConfig } from '../site-config.ts';
import { devReload, refreshArticlesOnChange } from './dev-reload.ts';
import {
	carryPagesOver,
	carryWhileRendering,
	finishCarryOver,
	startCarryOver,
} from './page-carry-over.ts';
import { liveSearch, type LiveSearch } from './live-search.ts';
import { writeSearchIndexes } from './search-carry-over.ts';

/**
 * The product's Astro integration: a build for deployment stops at once without the site's
 * origin; in the dev server, it loads articles again and reloads pages when their inputs change
 * (dev-reload.ts); after the build, it writes one search index per locale.
 * (Content is checked where it is loaded: `src/build/article-loader.ts`.)
 */
export default function troubleshootDocs(): AstroIntegration {
	let config: AstroConfig | undefined;
	let search: LiveSearch | undefined;
	return {
		name: 'troubleshoot-docs',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				const problem =
					command === 'build' ? deploymentProblem(siteConfig(), process.env) : undefined;
				if (problem) throw new Error(problem);
				updateConfig({ vite: { plugins: [devReload()] } });
			},
			'astro:config:done': ({ config: resolved }) => {
				config = resolved;
			},
			'astro:server:setup': refreshArticlesOnChange,
			// `--force` is in the arguments of `astro build` and of `npm run build` (scripts/build.mjs).
			'astro:build:start': ({ setPrerenderer }) => {
				if (!config) return;
				const { root, cacheDir, site, base, trailingSlash, build, outDir } = config;
				// Article pages are indexed for search as they are rendered (live-search.ts).
				search = liveSearch(fileURLToPath(outDir), config);
				const pagesDir = fileURLToPath(outDir);
				const live = search.prerenderer;
				setPrerenderer((astro) => live(carryWhileRendering(astro, pagesDir)));
				startCarryOver(fileURLToPath(root), cacheDir, process.argv.includes('--force'), {
					site,
					base,
					trailingSlash,
					format: build.format,
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const pages = await carryPagesOver(outDir);
				if (pages)
					logger.info(
						`Article pages and twins: ${pages.rendered} rendered, ${pages.carried} unchanged since the last build (carried over)`,
					);
				if (!search)
					throw new Error('the search indexes were not set up at the start of the build');
				const written = await writeSearchIndexes(outDir, pages, search);
				await pages?.kept;
				finishCarryOver(written.search);
				logger.info(`Search indexes: ${searchSummary(written.search, written.carried)}`);
			},
		},
	};
}

/** What the build says of its search indexes: each locale's pages, and which were unchanged. */
function searchSummary(
	search: Record<string, { pages: number }>,
	carried: readonly Locale[],
): string {
	return Object.entries(search)
		.map(
			([locale, index]) =>
				`${locale} ${index.pages} pages${carried.includes(locale as Locale) ? ' (unchanged)' : ''}`,
		)
		.join(', ');
}
