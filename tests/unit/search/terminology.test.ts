import { describe, expect, test } from 'vitest';
import { runChecks } from '../../../src/build/project.ts';
import { formatDiagnostic } from '../../../src/diagnostics/diagnostics.ts';
import { loadTerminology } from '../../../src/search/terminology-file.ts';
import { queryUnits } from '../../../src/search/terminology.ts';
import { tempProject } from '../helpers/temp-project.ts';

const english = [
	['redirect URI', 'reply URL', 'callback URL'],
	['SSO', 'single sign-on'],
	['sign in', 'log in', 'login'],
	['app', 'application'],
];

describe('queryUnits: a query expanded with the terminology list', () => {
	test('a term of the query searches every term of its group; the other words their spellings', () => {
		expect(queryUnits("users can't log in to our app", 'en', english)).toEqual([
			{ word: 'log in', alternatives: ['sign in', 'log in', 'login'] },
			{ word: 'app', alternatives: ['app', 'application'] },
			{ word: 'users', alternatives: ['users'] },
		]);
	});
	test('longest terms first, across hyphens and letter case; each group once', () => {
		expect(queryUnits('Single-Sign-On via callback url and SSO', 'en', english)).toEqual([
			{ word: 'single sign-on', alternatives: ['sso', 'single sign-on'] },
			{ word: 'callback url', alternatives: ['redirect uri', 'reply url', 'callback url'] },
			{ word: 'via', alternatives: ['via'] },
		]);
	});
	test('Chinese terms are found inside a run of characters; German umlauts as typed', () => {
		expect(queryUnits('单一登录失败', 'zh', [['单点登录', '单一登录']])).toEqual([
			{ word: '单一登录', alternatives: ['单点登录', '单一登录'] },
			{ word: '失败', alternatives: ['失败'] },
		]);
		expect(queryUnits('Rueckruf-URL falsch', 'de', [['Umleitungs-URI', 'Rückruf-URL']])).toEqual([
			{ word: 'rueckruf-url', alternatives: ['umleitungs-uri', 'rückruf-url'] },
			{ word: 'falsch', alternatives: ['falsch'] },
		]);
	});
	test('Arabic terms match with or without hamza and tashkeel', () => {
		expect(queryUnits('الدخول الاحادي', 'ar', [['الدخول الأحادي', 'الدخول الفردي']])).toEqual([
			{ word: 'الدخول الاحادي', alternatives: ['الدخول الأحادي', 'الدخول الفردي'] },
		]);
	});
});

describe('the terminology lists: content/terminology/<locale>.yaml', () => {
	test('the shipped lists are valid, one per locale, with the sign-in terms', () => {
		const { lists, diagnostics } = loadTerminology(process.cwd());
		expect(diagnostics).toEqual([]);
		expect(Object.keys(lists).sort()).toEqual([
			'ar-sa',
			'de-de',
			'en-us',
			'fr-fr',
			'ja-jp',
			'zh-cn',
		]);
		expect(lists['en-us']).toContainEqual([
			'redirect URI',
			'redirect URL',
			'redirection URI',
			'reply URL',
			'callback URL',
			'return URL',
		]);
		expect(lists['zh-cn']?.find((g) => g.includes('单点登录'))).toContain('单一登录');
		expect(lists['de-de']?.find((g) => g.includes('Umleitungs-URI'))).toContain('Redirect-URI');
		expect(lists['ar-sa']?.find((g) => g.includes('الدخول الأحادي'))).toContain('الدخول الفردي');
	});

	test('npm run check reports a bad list at its line, with what was expected', async () => {
		const root = tempProject({
			'content/articles/en-us/a.mdx': '---\ntitle: A\nms.date: 03/19/2021\n---\nText.\n',
			'content/terminology/en-us.yaml':
				'groups:\n  - [SSO, single sign-on]\n  - [Single Sign-On, SSO login]\n',
			'content/terminology/ja-jp.yaml':
				'groups:\n  - [サインイン, ログイン]\n  - [reply URL]\n  - [ログアウト, 42]\n',
			'content/terminology/fr-fr.yaml': 'terms:\n  - [a, b]\n',
			'content/terminology/de-de.yaml': 'groups:\n  - [Kennwort, 42]\n  - [Anmeldung\n',
		});
		const found = (await runChecks(root))
			.filter((d) => d.rule === 'terminology')
			.map(formatDiagnostic);
		expect(found).toEqual([
			'content/terminology/de-de.yaml:4:1  error  not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]  (terminology)',
			'content/terminology/en-us.yaml:3:6  error  "Single Sign-On" is listed twice (first in group 1); a term belongs to one group: merge the groups or remove one  (terminology)',
			'content/terminology/fr-fr.yaml:1:1  error  missing field "groups": expected "groups:" with a list of groups of terms  (terminology)',
			'content/terminology/fr-fr.yaml:2:3  error  unknown field "terms"; remove it or fix the spelling  (terminology)',
			'content/terminology/ja-jp.yaml:3:5  error  field "groups[1]": a group lists at least two terms that mean the same thing  (terminology)',
			'content/terminology/ja-jp.yaml:4:13  error  field "groups[2][1]": expected a term as text, such as "redirect URI" (quote it if it starts with a special character); got "42"  (terminology)',
		]);
	});
});
