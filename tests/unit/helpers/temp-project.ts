import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { localeIds } from '../../../src/i18n/locales.ts';

/** A registry with one document and one code, for tests that need a valid project around them. */
export const minimalRegistry = `documents:
  rfc6749:
    name: RFC 6749
    title: The OAuth 2.0 Authorization Framework
    url: https://www.rfc-editor.org/rfc/rfc6749
    sectionUrl: https://www.rfc-editor.org/rfc/rfc6749#section-{section}
codes:
  - code: invalid_grant
    definitions:
      - document: rfc6749
        section: "5.2"
        returnedBy: token-endpoint
        httpStatus: 400
        quote: The provided authorization grant is invalid.
`;

/** An explanation file with one entry. */
export const explanationOf = (code = 'invalid_grant') =>
	`${code}:\n  summary: The grant was rejected by the server.\n  causes: [Expired code.]\n  fixes: [Sign in again.]\n`;

/**
 * Writes a project folder in the temp directory: the project's UI strings, a valid minimal
 * registry and explanations in every locale, then the given files (a path mapped to `undefined`
 * is left out).
 */
export function tempProject(files: Record<string, string | undefined> = {}): string {
	const root = mkdtempSync(join(tmpdir(), 'troubleshoot-docs-'));
	cpSync('src/i18n/ui', join(root, 'src/i18n/ui'), { recursive: true });
	const defaults: Record<string, string | undefined> = {
		'content/reference/oauth-errors.yaml': minimalRegistry,
	};
	for (const locale of localeIds)
		defaults[`content/reference/explanations/${locale}.yaml`] = explanationOf();
	for (const [path, text] of Object.entries({ ...defaults, ...files })) {
		if (text === undefined) continue;
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}
