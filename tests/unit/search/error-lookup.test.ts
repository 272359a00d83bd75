import { describe, expect, test } from 'vitest';
import { destinationOf, lookupRedirect } from '../../../src/search/code-query.ts';

describe('the error lookup never loops, whatever the path', () => {
	test('other spellings of a code are sent to its page once', () => {
		expect(lookupRedirect('/errors/AADSTS50000/')).toBe('/errors/aadsts50000/');
		expect(lookupRedirect('/errors/50000')).toBe('/errors/aadsts50000/');
		expect(lookupRedirect('/errors/Invalid-Grant/')).toBe('/errors/invalid_grant/');
		expect(lookupRedirect('/errors/invalid%20grant/')).toBe('/errors/invalid_grant/');
	});

	test('every redirect lands on a path that redirects no further', () => {
		const paths = [
			'/errors/AADSTS50000/',
			'/errors/%C3%A9/',
			'/errors/%3C%22/',
			'/errors/%E0%A4%A/',
			'/errors/__proto__/',
			'/errors/aadsts50000/',
			'/errors/%2F/',
			'/errors/AAD%53TS1/',
			'/errors/x%00y/',
			'/errors/ＡＡＤＳＴＳ５００００/',
		];
		for (const path of paths) {
			const next = lookupRedirect(path);
			if (next) expect(lookupRedirect(next), `${path} → ${next}`).toBeUndefined();
		}
		expect(paths.map((p) => lookupRedirect(p))).toEqual([
			'/errors/aadsts50000/',
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
			'/errors/aadsts50000/',
		]);
	});

	test('a lookup key reads only the page’s own destinations', () => {
		const destinations = { aadsts50000: '/en-us/troubleshoot/aadsts50000/' };
		expect(destinationOf(destinations, 'aadsts50000')).toBe('/en-us/troubleshoot/aadsts50000/');
		for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty'])
			expect(destinationOf(destinations, key)).toBeUndefined();
	});
});
