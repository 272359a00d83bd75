import { describe, expect, test } from 'vitest';
import { factsOf } from '../../../src/markdown/article-facts.ts';
import { parseArticle } from '../../../src/build/compile-article.ts';
import { findMentions } from '../../../src/reference/mentions.ts';
import { exampleResponse } from '../../../src/reference/example-response.ts';

describe('exampleResponse', () => {
	test('a token endpoint error is a JSON body with the status the spec gives', () => {
		expect(
			exampleResponse('invalid_client', { returnedBy: 'token-endpoint', httpStatus: 401 }),
		).toBe(
			'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\nCache-Control: no-store\n\n{\n  "error": "invalid_client"\n}',
		);
	});

	test('an authorization endpoint error is a redirect to the client', () => {
		expect(exampleResponse('access_denied', { returnedBy: 'authorization-endpoint' })).toBe(
			'HTTP/1.1 302 Found\nLocation: https://client.example.com/callback?error=access_denied&state=af0ifjsldkj',
		);
	});

	test('a resource server error is a Bearer challenge', () => {
		expect(
			exampleResponse('insufficient_scope', { returnedBy: 'resource-server', httpStatus: 403 }),
		).toBe(
			'HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer realm="example", error="insufficient_scope"',
		);
	});
});

describe('the codes an article concerns (its back-links)', () => {
	const context = {
		oauthCodes: new Set(['invalid_grant', 'invalid_client', 'login_required']),
		articles: new Map(),
	};
	const codesOfArticle = (body: string, listed: string[]) => {
		const { tree } = parseArticle('content/articles/en-us/a.mdx', body);
		if (!tree) throw new Error('fixture does not parse');
		return factsOf(tree, findMentions(tree, context), listed, context.oauthCodes).oauthCodes;
	};

	test('finds the codes an article mentions, as the linking plugin does, plus those it lists', () => {
		const body =
			'## invalid_client\n\nThe endpoint returns `invalid_grant: …`.\n\n```json\n{"error": "login_required"}\n```\n';
		expect(codesOfArticle(body, ['login_required'])).toEqual(['invalid_grant', 'login_required']);
	});

	test('ignores listed codes that are not in the registry', () => {
		expect(codesOfArticle('Nothing here.', ['invalid_resource'])).toEqual([]);
	});
});
