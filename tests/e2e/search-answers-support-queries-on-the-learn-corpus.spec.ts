import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { searchFor } from './search-page.ts';
import { localeIds } from '../../src/i18n/locales.ts';
import { importLearn } from '../../src/importer/import-learn.ts';
import { serveSite, type ServedSite } from './serve-site.ts';
import { copyProject } from '../../scripts/project-copy.mjs';

// Imports the public Learn corpus (the English SupportArticles and every bilingual file) into a
// temporary site, builds it, and asks it what support staff ask. The corpus is never copied into
// the project; without it these tests are skipped.
const corpus = resolve('../shared/corpus');
test.skip(
	!existsSync(join(corpus, 'learn', 'en-us')) || !existsSync(join(corpus, 'learn-sxs')),
	`the Learn corpus (${corpus}/learn/en-us, learn-sxs) is absent`,
);
test.describe.configure({ mode: 'serial', timeout: 300_000 });

let site: { root: string; server?: ServedSite } | undefined;

test.beforeAll(async () => {
	test.setTimeout(240_000);
	const root = copyProject(mkdtempSync(join(tmpdir(), 'search-corpus-')), [
		'content/reference',
		'content/terminology',
	]);
	for (const locale of localeIds.filter((l) => l !== 'en-us'))
		importLearn({
			inputs: [join(corpus, 'learn-sxs', locale)],
			locale,
			out: join(root, 'content'),
		});
	importLearn({
		inputs: [join(corpus, 'learn', 'en-us')],
		locale: 'en-us',
		out: join(root, 'content'),
	});
	execFileSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: root,
		stdio: 'pipe',
	});
	site = { root, server: await serveSite(root) };
});

test.afterAll(() => site?.server?.close());

const article = (locale: string, slug: string) => `/${locale}/troubleshoot/${slug}/`;

/** Queries in six languages and the page that must come first. */
const queries: { locale: string; query: string; first: string }[] = [
	{
		locale: 'en-us',
		query:
			"AADSTS50020: User account 'maria@outlook.com' from identity provider 'live.com' does not exist in tenant 'Contoso Ltd' and cannot access the application",
		first: article('en-us', 'error-code-aadsts50020-user-account-identity-provider-does-not-exist'),
	},
	{
		locale: 'en-us',
		query: 'reply URL mismatch',
		first: article('en-us', 'error-code-aadsts50011-reply-url-mismatch'),
	},
	{
		locale: 'en-us',
		query: 'Teams sign-in error',
		first: article('en-us', 'addressing-teams-sign-in-error-aadsts9000411'),
	},
	{
		locale: 'en-us',
		query: '9000411',
		first: article('en-us', 'addressing-teams-sign-in-error-aadsts9000411'),
	},
	{
		locale: 'fr-fr',
		query: 'AADSTS50020: User account does not exist in tenant',
		first: article('fr-fr', 'error-code-aadsts50020-user-account-identity-provider-does-not-exist'),
	},
	{
		locale: 'fr-fr',
		query: 'authentification unique SAML',
		first: article('fr-fr', 'troubleshoot-saml-based-sso-auth-issues'),
	},
	{
		locale: 'de-de',
		query: 'Einmaliges Anmelden funktioniert nicht',
		first: article('de-de', 'troubleshoot-sso-error-codes-and-messages'),
	},
	{
		locale: 'ja-jp',
		query: 'シングル サインオン',
		first: article('ja-jp', 'troubleshoot-sso-error-codes-and-messages'),
	},
	{
		locale: 'ar-sa',
		query: 'الدخول الفردي',
		first: article('ar-sa', 'troubleshoot-sso-error-codes-and-messages'),
	},
	{
		locale: 'ar-sa',
		query: 'تسجيل الدخول الاحادي SAML',
		first: article('ar-sa', 'troubleshoot-saml-based-sso-auth-issues'),
	},
];

for (const { locale, query, first } of queries) {
	test(`${locale}: "${query.slice(0, 40)}" puts ${first} first`, async ({ page }) => {
		await expect(
			(await searchFor(page, locale, query, { origin: site!.server!.origin }))
				.locator('a.result-title')
				.first(),
		).toHaveAttribute('href', first);
	});
}

test('zh-cn: "调用 Graph 接口返回 403 没权限" is no dead end: the 403 Forbidden answers come first', async ({
	page,
}) => {
	const hrefs = await (
		await searchFor(page, 'zh-cn', '调用 Graph 接口返回 403 没权限', {
			origin: site!.server!.origin,
		})
	)
		.locator('a.result-title')
		.evaluateAll((links) => links.slice(0, 2).map((a) => a.getAttribute('href')));
	expect(hrefs.sort()).toEqual([
		article('zh-cn', 'application-errors'),
		article('zh-cn', 'authentication-issues'),
	]);
});

test('imported articles without errorCodes have their codes from title and file name; articles claiming one code are all offered', async ({
	page,
}) => {
	const codes = JSON.parse(
		readFileSync(join(site!.root, 'dist/search/codes.json'), 'utf8'),
	) as Record<string, { slug?: string; also?: string[] }>;
	expect(codes.aadsts9000411?.slug).toBe('addressing-teams-sign-in-error-aadsts9000411');
	expect([codes.aadsts50011?.slug, ...(codes.aadsts50011?.also ?? [])].sort()).toEqual([
		'error-code-aadsts50011-reply-url-mismatch',
		'onedrive-login-error',
		'troubleshoot-error-code-aadsts50011',
	]);
	const pinned = await (
		await searchFor(page, 'de-de', 'AADSTS50011', { origin: site!.server!.origin })
	)
		.locator('a.result-title')
		.evaluateAll((links) =>
			links.filter((a) => a.closest('li')?.dataset.exact).map((a) => a.getAttribute('href')),
		);
	expect(pinned).toEqual([
		article('de-de', 'error-code-aadsts50011-reply-url-mismatch'),
		article('de-de', 'onedrive-login-error'),
		article('de-de', 'troubleshoot-error-code-aadsts50011'),
	]);
});
