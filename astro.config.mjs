// @ts-check
import { defineConfig } from 'astro/config';
import troubleshootDocs from './src/build/integration.ts';
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
		// Articles are compiled by the articles loader (src/build/), not by Astro's Markdown or MDX
		// pipeline: of these settings only code highlighting applies to them. Code colours come
		// from CSS variables, so code follows the light/dark theme (global.css).
		shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false },
	},
	integrations: [troubleshootDocs()],
	devToolbar: { enabled: false },
});
