import { expect, test } from 'vitest';
import { loadRegistry } from '../../../src/reference/load-registry.ts';
import { referenceTwin } from '../../../src/twins/reference-twin.ts';

test('a reference entry’s twin has the sections of its page, as Markdown', () => {
	const { loaded } = loadRegistry(process.cwd());
	const entry = loaded?.registry.codes.find((c) => c.code === 'invalid_grant');
	if (!loaded || !entry) throw new Error('the registry has no invalid_grant');
	const labels = {
		definitions: 'Definitions',
		example: 'Example',
		causes: 'Causes',
		fixes: 'Fixes',
		related: 'Related',
		aadsts: 'AADSTS',
		backlinks: 'Articles',
		noBacklinks: 'None yet.',
	};
	const meta = {
		title: 'invalid_grant',
		codes: ['invalid_grant'],
		locale: 'en-us',
		sourceUrl: 'https://x.example/en-us/reference/oauth-errors/invalid_grant/',
		translation: 'source',
	};
	const twin = referenceTwin(loaded, {
		entry: { ...entry, related: ['invalid_client'], aadsts: ['AADSTS50173', 'AADSTS70008'] },
		explanation: {
			summary: 'The grant was refused: get a new one with `prompt=login`.',
			causes: ['An expired code.'],
			fixes: ['Sign in again.'],
		},
		labels,
		relatedUrl: (code) => `https://x.example/en-us/reference/oauth-errors/${code}/`,
		aadsts: [
			{ code: 'AADSTS50173', url: 'https://x.example/en-us/troubleshoot/aadsts50173/' },
			{ code: 'AADSTS70008' },
		],
		backlinks: [],
		meta,
	});
	expect(twin.split('---\n\n')[1]).toBe(
		[
			'# `invalid_grant`',
			'',
			'The grant was refused: get a new one with `prompt=login`.',
			'',
			'## Definitions',
			'',
			`> ${entry.definitions[0]?.quote}`,
			'',
			'— [RFC 6749, section 5.2](https://www.rfc-editor.org/rfc/rfc6749#section-5.2)',
			'',
			'## Example',
			'',
			'```http',
			'HTTP/1.1 400 Bad Request',
			'Content-Type: application/json',
			'Cache-Control: no-store',
			'',
			'{',
			'  "error": "invalid_grant"',
			'}',
			'```',
			'',
			'## Causes',
			'',
			'- An expired code.',
			'',
			'## Fixes',
			'',
			'- Sign in again.',
			'',
			'## Related',
			'',
			'- [`invalid_client`](https://x.example/en-us/reference/oauth-errors/invalid_client/)',
			'',
			'## AADSTS',
			'',
			'- [AADSTS50173](https://x.example/en-us/troubleshoot/aadsts50173/)',
			'- AADSTS70008',
			'',
			'## Articles',
			'',
			'None yet.',
			'',
		].join('\n'),
	);
});
