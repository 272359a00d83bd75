import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { articleParser } from '../../../src/markdown/index.ts';
import { placeTwinBody, portableTwinBody, twinBody } from '../../../src/markdown/markdown-twin.ts';
import { localeIds } from '../../../src/i18n/locales.ts';
import type { AlertTitles } from '../../../src/markdown/content-components.ts';
import type { MentionContext } from '../../../src/reference/mentions.ts';
import { articleTwin } from '../../../src/twins/article-twin.ts';
import { componentTwins } from '../../../src/markdown/component-twins.ts';
import { contentComponentNames } from '../../../src/markdown/content-components.ts';

const context: MentionContext = {
	oauthCodes: new Set(['invalid_request', 'invalid_grant']),
	articles: new Map([['AADSTS50011', 'aadsts50011']]),
};
const titles = {
	note: 'Note',
	tip: 'Tip',
	important: 'Important',
	caution: 'Caution',
	warning: 'Warning',
};
const alertTitles = Object.fromEntries(
	localeIds.map((l) => [l, l === 'ja-jp' ? { ...titles, note: 'メモ', tip: 'ヒント' } : titles]),
) as AlertTitles;

async function twinOf(locale: 'en-us' | 'ja-jp', body: string, translation = 'source') {
	const sourceUrl = `https://docs.example.com/${locale}/troubleshoot/aadsts50000/`;
	const meta = {
		title: 'Error AADSTS50000',
		description: 'What it means.',
		codes: ['AADSTS50000'],
		locale,
		sourceUrl,
		translation,
	};
	return articleTwin(
		`${process.cwd()}/content/articles/${locale}/aadsts50000.mdx`,
		`---\ntitle: Error AADSTS50000\n---\n${body}`,
		{ context, alertTitles, textLocale: locale, meta },
	);
}

/** The twin's body after its front matter and the title heading it opens with. */
const bodyOf = (twin: string) => twin.split('---\n\n# Error AADSTS50000\n\n')[1];

describe('the Markdown twin of an article', () => {
	test('front matter is reduced to title, description, codes, locale, source URL and translation state', async () => {
		expect(await twinOf('en-us', 'Text.\n')).toBe(
			'---\ntitle: Error AADSTS50000\ndescription: What it means.\ncodes:\n  - AADSTS50000\nlocale: en-us\nsource_url: https://docs.example.com/en-us/troubleshoot/aadsts50000/\ntranslation: source\n---\n\n# Error AADSTS50000\n\nText.\n',
		);
	});

	test('code links are kept, as absolute URLs, and only the code of a long code span is the link', async () => {
		const twin = await twinOf(
			'en-us',
			'Returns `invalid_request: The request is missing a parameter.` or invalid_grant; see AADSTS50011 and [the fix](#fix).\n',
		);
		expect(bodyOf(twin)).toBe(
			'Returns [`invalid_request`](https://docs.example.com/en-us/reference/oauth-errors/invalid_request/)`: The request is missing a parameter.` or [invalid_grant](https://docs.example.com/en-us/reference/oauth-errors/invalid_grant/); see [AADSTS50011](https://docs.example.com/en-us/troubleshoot/aadsts50011/) and [the fix](https://docs.example.com/en-us/troubleshoot/aadsts50000/#fix).\n',
		);
	});

	test('an alert, written either way, is a quote opening with its title in the language of the text', async () => {
		const twin = await twinOf(
			'ja-jp',
			'> [!NOTE]\n> 先にサインアウトします。\n\n<Alert type="tip">もう一度試します。</Alert>\n\n<Alert type="warning" locale="en-us">\n\nIn English.\n\n</Alert>\n',
			'current',
		);
		expect(bodyOf(twin)).toBe(
			'> **メモ**\n>\n> 先にサインアウトします。\n\n> **ヒント**\n>\n> もう一度試します。\n\n> **Warning**\n>\n> In English.\n',
		);
	});

	test('a bilingual sentence is its translation; HTML tags are the Markdown they mean; anchors and comments go', async () => {
		const twin = await twinOf(
			'ja-jp',
			'## <a name="fix"></a>解決方法\n\n<Sxs en="Sign out.">サインアウトします。</Sxs>{/* a comment */}<br />次に <a href="../aadsts50011/">AADSTS50011</a> を参照し、<kbd>Ctrl</kbd> を押します。\n',
		);
		expect(bodyOf(twin)).toBe(
			'## 解決方法\n\nサインアウトします。\\\n次に [AADSTS50011](https://docs.example.com/ja-jp/troubleshoot/aadsts50011/) を参照し、`Ctrl` を押します。\n',
		);
	});

	test('tables and code blocks stay as written', async () => {
		const twin = await twinOf(
			'en-us',
			'| Code | Meaning |\n| --- | --- |\n| `invalid_grant` | Bad grant |\n\n```json\n{ "error": "invalid_grant" }\n```\n',
		);
		expect(bodyOf(twin)).toBe(
			'| Code | Meaning |\n| - | - |\n| [`invalid_grant`](https://docs.example.com/en-us/reference/oauth-errors/invalid_grant/) | Bad grant |\n\n```json\n{ "error": "invalid_grant" }\n```\n',
		);
	});

	test('every content component has a twin', () => {
		expect(Object.keys(componentTwins).sort()).toEqual([...contentComponentNames].sort());
	});
});

describe('the body compiling writes once, for every page that shows the file', () => {
	const body =
		'See [the fix](#fix), [another article](../aadsts50011/), [the reference](../../reference/oauth-errors/) and ![a picture](/media/a.png); invalid_grant.\n';
	const source = `---\ntitle: Error AADSTS50000\n---\n${body}`;
	const path = `${process.cwd()}/content/articles/en-us/aadsts50000.mdx`;

	test.each(['en-us', 'ja-jp'] as const)(
		'placed on the %s page, it is the twin made for that page',
		async (locale) => {
			const pageUrl = `https://docs.example.com/${locale}/troubleshoot/aadsts50000/`;
			const options = {
				context,
				alertTitles,
				textLocale: 'en-us' as const,
				title: 'Error AADSTS50000',
			};
			const portable = await portableTwinBody(
				articleParser.parse(body),
				new VFile({ path, value: source }),
				{ ...options, slug: 'aadsts50000' },
			);
			expect(portable).not.toContain('docs.example.com');
			expect(placeTwinBody(portable, pageUrl)).toBe(
				await twinBody(path, source, { ...options, pageUrl }),
			);
			expect(placeTwinBody(portable, pageUrl)).toContain(
				`[another article](https://docs.example.com/${locale}/troubleshoot/aadsts50011/)`,
			);
		},
	);
});
