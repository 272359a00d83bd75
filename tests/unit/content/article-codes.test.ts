import { describe, expect, test } from 'vitest';
import { errorCodesOf } from '../../../src/content/article-meta.ts';
import { codesInSlug, codesInTitle, derivedErrorCodes } from '../../../src/content/article-codes.ts';

describe('the codes an article is about, without errorCodes', () => {
	test('from a Learn title, heading or file name', () => {
		expect(codesInTitle('Error AADSTS50020 - User account from identity provider does not exist in tenant')).toEqual(['AADSTS50020']);
		expect(codesInTitle('Troubleshoot the aadsts 50000 error code')).toEqual(['AADSTS50000']);
		expect(codesInTitle('Troubleshoot AAD authentication and authorization error codes')).toEqual([]);
		expect(codesInSlug('error-code-aadsts50020-user-account-identity-provider-does-not-exist')).toEqual(['AADSTS50020']);
		expect(codesInSlug('addressing-teams-sign-in-error-aadsts9000411')).toEqual(['AADSTS9000411']);
		expect(codesInSlug('aadsts50000x-notes')).toEqual([]);
	});

	test('title first, then first heading, then file name, each code once', () => {
		expect(derivedErrorCodes('Error AADSTS50011 or AADSTS50011', 'error-code-aadsts50011-reply-url-mismatch', 'AADSTS500113: No reply address')).toEqual(['AADSTS50011', 'AADSTS500113']);
		expect(derivedErrorCodes('Sign-in error in Teams', 'addressing-teams-sign-in-error-aadsts9000411')).toEqual(['AADSTS9000411']);
	});

	test('errorCodes in front matter win; otherwise the title, heading and slug tell', () => {
		expect(errorCodesOf({ errorCodes: ['AADSTS50001'], title: 'Error AADSTS50011' }, 'aadsts50011')).toEqual(['AADSTS50001']);
		expect(errorCodesOf({ title: 'Confidential client application authentication error AADSTS7000218' }, 'confidential-client-application-authentication-error-aadsts7000218')).toEqual(['AADSTS7000218']);
		expect(errorCodesOf({ title: 'Application errors' }, 'application-errors', 'Error AADSTS50105')).toEqual(['AADSTS50105']);
		expect(errorCodesOf({}, 'aadsts50011')).toEqual(['AADSTS50011']);
	});
});
