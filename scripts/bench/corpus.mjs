// A deterministic synthetic corpus shaped like real support articles: anchored headings, tables,
// lists, code, alerts, OAuth and AADSTS codes, links between articles, and text in every locale
// (CJK and Arabic included). The same seed always writes the same files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashSource } from '../../src/content/source-hash.ts';

/** A small seeded PRNG (mulberry32): the corpus depends on nothing but N. */
function random(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const words = {
	'en-us':
		'the sign in request token tenant application user admin consent redirect reply address policy session browser certificate secret client registration permission portal error service check verify update account'.split(
			' ',
		),
	'zh-cn':
		'登录 请求 令牌 租户 应用程序 用户 管理员 同意 重定向 回复 地址 策略 会话 浏览器 证书 机密 客户端 注册 权限 门户 错误 服务 检查 验证 更新 帐户'.split(
			' ',
		),
	'ja-jp':
		'サインイン 要求 トークン テナント アプリケーション ユーザー 管理者 同意 リダイレクト 応答 アドレス ポリシー セッション ブラウザー 証明書 シークレット クライアント 登録 アクセス許可 ポータル エラー サービス 確認 検証 更新 アカウント'.split(
			' ',
		),
	'de-de':
		'die Anmeldung Anforderung Token Mandant Anwendung Benutzer Administrator Einwilligung Umleitung Antwortadresse Richtlinie Sitzung Browser Zertifikat Geheimnis Client Registrierung Berechtigung Portal Fehler Dienst prüfen bestätigen aktualisieren Konto'.split(
			' ',
		),
	'fr-fr':
		'la connexion demande jeton locataire application utilisateur administrateur consentement redirection adresse stratégie session navigateur certificat secret client inscription autorisation portail erreur service vérifier valider mettre compte'.split(
			' ',
		),
	'ar-sa':
		'تسجيل الدخول طلب الرمز المستأجر التطبيق المستخدم المسؤول الموافقة إعادة التوجيه العنوان النهج الجلسة المستعرض الشهادة السر العميل التسجيل الإذن المدخل الخطأ الخدمة التحقق التحديث الحساب'.split(
			' ',
		),
};
const joiner = { 'zh-cn': '', 'ja-jp': '' };
const stop = { 'zh-cn': '。', 'ja-jp': '。' };
const headings = {
	'en-us': ['Symptoms', 'Cause', 'Resolution', 'More information'],
	'zh-cn': ['症状', '原因', '解决方法', '详细信息'],
	'ja-jp': ['現象', '原因', '解決方法', '詳細情報'],
	'de-de': ['Symptome', 'Ursache', 'Lösung', 'Weitere Informationen'],
	'fr-fr': ['Symptômes', 'Cause', 'Résolution', 'Plus d’informations'],
	'ar-sa': ['الأعراض', 'السبب', 'الحل', 'مزيد من المعلومات'],
};
const oauthCodes = [
	'invalid_grant',
	'invalid_client',
	'invalid_request',
	'unauthorized_client',
	'consent_required',
	'interaction_required',
	'login_required',
	'invalid_scope',
];

/** The AADSTS code of synthetic article i. */
export const codeOf = (i) => `AADSTS${9_100_000 + i}`;

function sentence(rand, locale, length) {
	const list = words[locale];
	const text = Array.from({ length }, () => list[Math.floor(rand() * list.length)]).join(
		joiner[locale] ?? ' ',
	);
	return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}${stop[locale] ?? '.'}`;
}

function paragraph(rand, locale, n, i) {
	const parts = Array.from({ length: 4 + Math.floor(rand() * 3) }, () =>
		sentence(rand, locale, 8 + Math.floor(rand() * 10)),
	);
	parts.splice(
		1,
		0,
		`\`${oauthCodes[(i + n) % oauthCodes.length]}\``,
		`${codeOf((i * 7 + n) % Math.max(1, n))}`,
	);
	return parts.join(joiner[locale] === '' ? '' : ' ');
}

/** The "More information" section of article i: links to the two articles after it. */
function seeAlso(i, n, locale, more) {
	const other = (i + 1) % n;
	return [
		`## ${more}`,
		'',
		`- [${codeOf(other)}](../synthetic-${other}/)`,
		`- [${codeOf((i + 2) % n)}](../synthetic-${(i + 2) % n}/#${locale === 'en-us' ? 'cause' : ''})`.replace(
			'/#)',
			'/)',
		),
	];
}

/** One article in one locale. */
function article(i, n, locale) {
	const rand = random(i * 7919 + 17);
	const [symptoms, cause, resolution, more] = headings[locale];
	const title = `${codeOf(i)} – ${sentence(random(i), locale, 5).slice(0, -1)}`;
	const body = [
		`## ${symptoms}`,
		'',
		paragraph(rand, locale, n, i),
		'',
		'```text',
		`${codeOf(i)}: The request failed. Trace ID: 0000${i}-aaaa-bbbb-cccc-dddd${String(i).padStart(8, '0')}`,
		'```',
		'',
		`## ${cause}`,
		'',
		paragraph(rand, locale, n, i + 1),
		'',
		'| # | Setting | Value |',
		'| --- | --- | --- |',
		...[1, 2, 3].map(
			(r) =>
				`| ${r} | ${sentence(rand, locale, 3).slice(0, -1)} | \`${oauthCodes[(i + r) % oauthCodes.length]}\` |`,
		),
		'',
		`### ${cause} 2`,
		'',
		paragraph(rand, locale, n, i + 2),
		'',
		`## ${resolution}`,
		'',
		...[1, 2, 3, 4].map((s) => `${s}. ${sentence(rand, locale, 9)}`),
		'',
		'> [!NOTE]',
		`> ${sentence(rand, locale, 12)}`,
		'',
		'```json',
		`{ "error": "${oauthCodes[i % oauthCodes.length]}", "error_description": "${codeOf(i)}: …" }`,
		'```',
		'',
		...seeAlso(i, n, locale, more),
		'',
	].join('\n');
	return { title, description: sentence(random(i + 1), locale, 14), body };
}

/**
 * Writes N articles in each locale into `<dir>/<locale>/synthetic-<i>.mdx` (our layout) and
 * returns the files, so a peer can write the same corpus in its own layout.
 */
export function writeCorpus(
	dir,
	n,
	locales,
	layout = (locale, slug) => join(dir, locale, `${slug}.mdx`),
	extraFrontMatter = true,
) {
	const files = [];
	for (let i = 0; i < n; i++) {
		const slug = `synthetic-${i}`;
		const source = article(i, n, 'en-us');
		const sourceHash = hashSource(source);
		for (const locale of locales) {
			const { title, description, body } = locale === 'en-us' ? source : article(i, n, locale);
			const fields = [`title: "${title}"`, `description: "${description}"`];
			if (extraFrontMatter) {
				fields.push(
					'ms.date: 11/24/2026',
					`ms.service: ${i % 3 === 0 ? 'o365-administration' : 'entra-id'}`,
					'errorCodes:',
					`- ${codeOf(i)}`,
				);
				if (locale !== 'en-us')
					fields.push(
						`ms.contentlocale: ${locale.replace(/-(\w+)$/, (_m, r) => `-${r.toUpperCase()}`)}`,
						'ms.translationtype: MT',
						`sourceHash: "${sourceHash}"`,
					);
			}
			const file = layout(locale, slug);
			mkdirSync(join(file, '..'), { recursive: true });
			writeFileSync(file, `---\n${fields.join('\n')}\n---\n${body}`);
			files.push(file);
		}
	}
	return files;
}
