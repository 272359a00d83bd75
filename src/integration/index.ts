import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { runChecks } from '../checks/index.ts';
import { formatDiagnostic, hasErrors } from '../content/diagnostics.ts';
import { buildSearchIndexes } from '../search/pagefind-index.ts';

/**
 * The product's Astro integration. Before Astro reads any content it runs every check of
 * `npm run check`, so a build with a broken file stops with `file:line:col` messages and
 * writes nothing. After the build it writes one search index per locale.
 */
export default function troubleshootDocs(): AstroIntegration {
	return {
		name: 'troubleshoot-docs',
		hooks: {
			'astro:config:setup': async ({ config, command, logger }) => {
				const root = fileURLToPath(config.root);
				const diagnostics = await runChecks(root);
				for (const d of diagnostics) logger[d.severity === 'error' ? 'error' : 'warn'](formatDiagnostic(d));
				if (command === 'build' && hasErrors(diagnostics)) {
					const count = diagnostics.filter((d) => d.severity === 'error').length;
					const error = new Error(`Content has ${count} error${count === 1 ? '' : 's'} (listed above); fix them and build again. Nothing was written.`);
					// The messages above already point at the files: a stack trace would only hide them.
					error.stack = error.message;
					throw error;
				}
			},
			'astro:build:done': async ({ dir, logger }) => {
				const pages = await buildSearchIndexes(fileURLToPath(dir));
				logger.info(`Search indexes: ${Object.entries(pages).map(([locale, count]) => `${locale} ${count} pages`).join(', ')}`);
			},
		},
	};
}
