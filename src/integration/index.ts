import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readArticleFiles } from '../content/article-files.ts';
import { formatDiagnostic, hasErrors } from '../content/diagnostics.ts';
import { validateArticles } from '../content/validate-articles.ts';
import { loadRegistry } from '../reference/load-registry.ts';
import { buildSearchIndexes } from '../search/pagefind-index.ts';

/**
 * The product's Astro integration. Before Astro reads any content it validates every article
 * and the error-code registry, so a build with a broken file stops with `file:line:col` messages and
 * writes nothing. After the build it writes one search index per locale.
 */
export default function troubleshootDocs(): AstroIntegration {
	return {
		name: 'troubleshoot-docs',
		hooks: {
			'astro:config:setup': async ({ config, command, logger }) => {
				const root = fileURLToPath(config.root);
				const diagnostics = [...validateArticles(await readArticleFiles(root)), ...loadRegistry(root).diagnostics];
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
