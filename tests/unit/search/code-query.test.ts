import { describe, expect, test } from 'vitest';
import { findCodes, lookupKey, type KnownCodes } from '../../../src/search/code-query.ts';

const known: KnownCodes = {
	aadsts50000: { kind: 'article', slug: 'aadsts50000', code: 'AADSTS50000' },
	aadsts7000218: { kind: 'article', slug: 'aadsts7000218', code: 'AADSTS7000218' },
	aadsts50011: {
		kind: 'article',
		slug: 'error-code-aadsts50011-reply-url-mismatch',
		code: 'AADSTS50011',
	},
	invalid_grant: { kind: 'reference', code: 'invalid_grant' },
	invalid_client: { kind: 'reference', code: 'invalid_client' },
	invalid_request: { kind: 'reference', code: 'invalid_request' },
	invalid_request_uri: { kind: 'reference', code: 'invalid_request_uri' },
};
/** What a query finds, as `code → where it leads` (the article's slug, or the reference). */
const codesIn = (query: string) =>
	findCodes(query, known).map((t) =>
		t.kind === 'article' ? `${t.code} → ${t.slug}` : `${t.code} → reference`,
	);

describe('findCodes', () => {
	test.each([
		['AADSTS50000', ['AADSTS50000 → aadsts50000']],
		['aadsts 50000', ['AADSTS50000 → aadsts50000']],
		['aadsts50000', ['AADSTS50000 → aadsts50000']],
		['50000', ['AADSTS50000 → aadsts50000']],
		['Error 50000', ['AADSTS50000 → aadsts50000']],
		[
			"AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
			['AADSTS7000218 → aadsts7000218'],
		],
		['invalid_grant', ['invalid_grant → reference']],
		['invalid grant', ['invalid_grant → reference']],
		['Invalid-Grant', ['invalid_grant → reference']],
		[
			'{"error":"invalid_client","error_description":"AADSTS7000218: …"}',
			['invalid_client → reference', 'AADSTS7000218 → aadsts7000218'],
		],
		[
			'AADSTS50011 then invalid_request',
			['AADSTS50011 → error-code-aadsts50011-reply-url-mismatch', 'invalid_request → reference'],
		],
		['invalid_request_uri', ['invalid_request_uri → reference']],
	])('%s → %j', (query, codes) => {
		expect(codesIn(query)).toEqual(codes);
	});

	test.each([
		['500'],
		['2021'],
		['HTTP 400 Bad Request'],
		['12345'],
		['AADSTS99999'],
		['my_invalid_grant_helper'],
		['token expired'],
		['5000000000'],
	])('%s is not a code', (query) => {
		expect(codesIn(query)).toEqual([]);
	});
});

describe('lookupKey', () => {
	test.each([
		['AADSTS50000', 'aadsts50000'],
		[' aadsts 50000 ', 'aadsts50000'],
		['50000', 'aadsts50000'],
		['Invalid Grant', 'invalid_grant'],
		['INVALID_GRANT', 'invalid_grant'],
	])('%s → %s', (written, key) => {
		expect(lookupKey(written)).toBe(key);
	});
});
