import { describe, expect, test } from 'vitest';
import { compilerSources } from '../../../src/build/compiler-version.ts';

describe('compilerSources', () => {
	const sources = compilerSources().map((f) => f.slice(f.indexOf('src/')));

	test('follows the compile worker through every plugin, check and schema it imports', () => {
		for (const file of ['src/build/compile-worker.ts', 'src/build/compile-article.ts', 'src/markdown/index.ts', 'src/markdown/remark-alerts.ts', 'src/markdown/rehype-mdx-elements.ts', 'src/checks/rules/mdx-safety.ts', 'src/content/front-matter-schema.ts', 'src/reference/mentions.ts', 'src/i18n/locales.ts']) {
			expect(sources).toContain(file);
		}
	});

	test('leaves out what does not change compiled HTML: pages, components, search', () => {
		expect(sources.filter((f) => /^src\/(pages|components|layouts|search)\//.test(f))).toEqual([]);
	});
});
