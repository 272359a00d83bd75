// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import troubleshootDocs from './src/build/integration.ts';
import { markdownOptions } from './src/markdown/index.ts';
import { siteOrigin } from './src/site-config.ts';

/** The deployed origin, for canonical and hreflang URLs: site.config.yaml or SITE_URL (README, "Site configuration"). */
const site = siteOrigin();

export default defineConfig({
	site,
	trailingSlash: 'always',
	// A cache per project folder (not node_modules/.astro), so copies of the project built side
	// by side (benchmarks, tests) never share one.
	cacheDir: './.cache/astro',
	build: { format: 'directory', concurrency: 4 },
	markdown: {
		// Code colours come from CSS variables, so code follows the light/dark theme (global.css).
		shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false },
		// GFM and our plugins are registered explicitly (src/markdown/index.ts); smart quotes are
		// off so that text renders exactly as writers and translators wrote it. Articles are
		// rendered by the articles loader with these same plugins, plus MDX syntax.
		processor: unified(markdownOptions),
	},
	integrations: [troubleshootDocs(), mdx()],
	devToolbar: { enabled: false },
});
