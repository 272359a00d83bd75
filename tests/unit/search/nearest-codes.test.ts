import { describe, expect, test } from 'vitest';
import type { KnownCodes } from '../../../src/search/code-query.ts';
import { editDistance, nearestCodes } from '../../../src/search/nearest-codes.ts';

const known: KnownCodes = Object.fromEntries([
	...['AADSTS50000', 'AADSTS50001', 'AADSTS50011', 'AADSTS50126', 'AADSTS7000218'].map((code) => [
		code.toLowerCase(),
		{ kind: 'article' as const, slug: code.toLowerCase(), code },
	]),
	...['invalid_grant', 'invalid_client'].map((code) => [
		code,
		{ kind: 'reference' as const, code },
	]),
]);
const codes = (query: string) => nearestCodes(query, known).map((t) => t.code);

describe('did you mean: the nearest known codes', () => {
	test('edit distance', () => {
		expect(editDistance('aadsts5001', 'aadsts50011')).toBe(1);
		expect(editDistance('kitten', 'sitting')).toBe(3);
	});
	test.each([
		['AADSTS5001', ['AADSTS50001', 'AADSTS50011', 'AADSTS50000']],
		['error 5001 when signing in', ['AADSTS50001', 'AADSTS50011', 'AADSTS50000']],
		['invalid_grnt', ['invalid_grant']],
		['AADSTS700218', ['AADSTS7000218']],
	])('%s → %j', (query, expected) => expect(codes(query)).toEqual(expected));
	test('a known code, or nothing code-like, suggests nothing', () => {
		expect(codes('AADSTS50011 and AADSTS5001')).toEqual([]);
		expect(codes('password expired')).toEqual([]);
	});
});
