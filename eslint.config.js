// ESLint: typescript-eslint's and eslint-plugin-astro's recommended rules, and the size limits of
// the style guide (files under ~250 lines, functions under ~50). Prettier formats; this lints.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'.cache/',
			'.astro/',
			'.dist-next*/',
			'.dist-old*/',
			'.bench/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'xliff/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			'max-lines': ['error', { max: 250, skipBlankLines: true, skipComments: true }],
			// `catch {}` is how browser scripts say "storage may be blocked: carry on"; a comment
			// there would ship to every reader in the inline scripts.
			'no-empty': ['error', { allowEmptyCatch: true }],
			'max-lines-per-function': [
				'error',
				{ max: 50, skipBlankLines: true, skipComments: true, IIFEs: true },
			],
			// An unused value is an error, except one named _x on purpose (a destructured leftover).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
			],
		},
	},
	{
		// Test files are lists of cases: a describe() block is as long as its cases.
		files: ['tests/**'],
		rules: {
			'max-lines-per-function': 'off',
			'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
		},
	},
);
