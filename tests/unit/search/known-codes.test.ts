import { expect, test } from 'vitest';
import { buildKnownCodes } from '../../../src/search/known-codes.ts';

test('two articles about one code are both offered, in the order the articles come', () => {
	const known = buildKnownCodes(
		[
			{ slug: 'aadsts50011', codes: ['AADSTS50011'] },
			{ slug: 'error-code-aadsts50011-reply-url-mismatch', codes: ['AADSTS50011'] },
			{ slug: 'aadsts50000', codes: ['AADSTS50000'] },
		],
		['invalid_grant'],
	);
	expect(known).toEqual({
		aadsts50000: { kind: 'article', slug: 'aadsts50000', code: 'AADSTS50000' },
		aadsts50011: {
			kind: 'article',
			slug: 'aadsts50011',
			code: 'AADSTS50011',
			also: ['error-code-aadsts50011-reply-url-mismatch'],
		},
		invalid_grant: { kind: 'reference', code: 'invalid_grant' },
	});
});
