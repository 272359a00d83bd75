import { describe, expect, test } from 'vitest';
import {
	cjkWords,
	isLatinQuery,
	queryWords,
	withoutCaseValues,
	withoutIds,
} from '../../../src/search/query-parse.ts';

const pasted =
	"AADSTS50020: User account 'maria@outlook.com' from identity provider 'live.com' does not exist in tenant 'Contoso Ltd' and cannot access the application '00000003-0000-0000-c000-000000000000'(Microsoft Graph) in that tenant. Trace ID: 0b8f3c2e-1a2b-4c3d-9e8f-123456789abc Correlation ID: 9f8e7d6c-5b4a-4321-8765-43210fedcba9 Timestamp: 2026-11-24 10:12:13Z";

describe("withoutCaseValues: what only identifies the reader's case is set aside", () => {
	test('a pasted AADSTS50020 line keeps its message and loses names, GUIDs, ids and the timestamp', () => {
		expect(withoutCaseValues(pasted)).toBe(
			'AADSTS50020: User account from identity provider does not exist in tenant and cannot access the application (Microsoft Graph) in that tenant.',
		);
	});
	test.each([
		[
			'see https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=1 redirect',
			'see redirect',
		],
		['mail admin@contoso.onmicrosoft.com about it', 'mail about it'],
		['Request Id: 7d2c1e00ab45 sign-in failed', 'sign-in failed'],
		['at 10:12 PM the token expired', 'at the token expired'],
		['app “Contoso HR” is disabled', 'app is disabled'],
		['token 3f2a9c8b7d6e5f4a3b2c1d0e9f8a7b6c', 'token'],
	])('%s → %s', (query, kept) => expect(withoutCaseValues(query)).toBe(kept));

	test('an apostrophe inside a word is no quote', () => {
		expect(withoutCaseValues("users can't sign in, it's broken")).toBe(
			"users can't sign in, it's broken",
		);
	});

	test('codes are looked for with quoted values kept: a pasted response quotes them', () => {
		expect(
			withoutIds('{"error":"invalid_grant","trace_id":"0b8f3c2e-1a2b-4c3d-9e8f-123456789abc"}'),
		).toBe('{"error":"invalid_grant","trace_id":" "}');
	});
});

describe('queryWords: the words a page is matched on', () => {
	test.each([
		[
			'en',
			"users from partner company can't log in to our app",
			['users', 'partner', 'company', 'log', 'app'],
		],
		[
			'en',
			pasted,
			[
				'aadsts50020',
				'user',
				'account',
				'identity',
				'provider',
				'exist',
				'tenant',
				'access',
				'application',
				'microsoft',
				'graph',
			],
		],
		['de', 'Einmaliges Anmelden funktioniert nicht', ['einmaliges', 'anmelden']],
		['fr', "L'authentification unique ne marche pas", ["l'authentification", 'unique']],
		[
			'zh',
			'调用 Graph 接口返回 403 没权限',
			['调用', 'graph', '接口', '口返', '返回', '403', '没权', '权限'],
		],
		['ja', 'リダイレクト URI が一致しません', ['リダイレクト', 'uri', '一致', 'しません']],
		['ar', 'لا يمكن تسجيل الدخول إلى التطبيق', ['تسجيل', 'الدخول', 'التطبيق']],
		['en', 'ＡＡＤＳＴＳ５００１１：redirect', ['aadsts50011', 'redirect']],
	])('%s: %s', (language, query, words) => expect(queryWords(query, language)).toEqual(words));
});

describe('cjkWords and isLatinQuery', () => {
	test('Han runs become pairs, katakana words stay whole, particles go', () => {
		expect(cjkWords('接口返回')).toEqual(['接口', '口返', '返回']);
		expect(cjkWords('テナントに')).toEqual(['テナント']);
		expect(cjkWords('密码')).toEqual(['密码']);
	});
	test('Latin script is told from others, digits and punctuation aside', () => {
		expect(isLatinQuery('AADSTS50020: user account does not exist')).toBe(true);
		expect(isLatinQuery('Anmeldung über SSO')).toBe(true);
		expect(isLatinQuery('登录失败 AADSTS50011')).toBe(false);
		expect(isLatinQuery('50011')).toBe(false);
	});
});
