import type { AstroConfig, AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../i18n/locales.ts';
import { deploymentProblem, siteConfig } from '../site-config.ts';
import { devReload, refreshArticlesOnChange } from './dev-reload.ts';
import { carryPagesOver, finishCarryOver, startCarryOver } from './page-carry-over.ts';
import { writeSearchIndexes } from './search-carry-over.ts';

/**
 * The product's Astro integration: a build for deployment stops at once without the site's
 * origin; in the dev server, it loads articles again and reloads pages when their inputs change
 * (dev-reload.ts); after the build, it writes one search index per locale.
 * (Content is checked where it is loaded: `src/build/article-loader.ts`.)
 */
export default function troubleshootDocs(): AstroIntegration {
	let config: AstroConfig | undefined;
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
			'astro:build:start': () => {
				if (!config) return;
				const { root, cacheDir, site, base, trailingSlash, build } = config;
				startCarryOver(fileURLToPath(root), cacheDir, process.argv.includes('--force'), {
					site,
					base,
					trailingSlash,
					format: build.format,
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const pages = carryPagesOver(outDir);
				if (pages)
					logger.info(
						`Article pages and twins: ${pages.rendered} rendered, ${pages.carried} unchanged since the last build (carried over)`,
					);
				const { search, carried } = await writeSearchIndexes(outDir, pages);
				await pages?.kept;
				finishCarryOver(search);
				logger.info(
					`Search indexes: ${Object.entries(search)
						.map(
							([locale, index]) =>
								`${locale} ${index.pages} pages${carried.includes(locale as Locale) ? ' (unchanged)' : ''}`,
						)
						.join(', ')}`,
				);
			},
		},
	};
}
