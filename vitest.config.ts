/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests run through Astro's Vite setup, so `astro/zod` and `import.meta.glob` work as in the site.
// Builds run by the tests get the test site configuration (variables already set win).
process.loadEnvFile('tests/site.env');

export default getViteConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// Some tests run the CLIs as processes; a busy 2-core machine needs more than the default 5 s.
		testTimeout: 30_000,
	},
});
