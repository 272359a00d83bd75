import { describe, expect, test } from 'vitest';
import { renderArticle } from '../helpers/render-article.ts';

const context = { oauthCodes: new Set<string>(), articles: new Map<string, string>() };
const html = async (body: string) => (await renderArticle(body, { context, folder: 'de-de' })).html;

describe('remark-alerts, through the article renderer', () => {
	test('a Learn alert becomes an alert titled in the language of its file', async () => {
		expect(await html('> [!NOTE]\n> Sign out and sign in again.\n')).toBe(
			'<div class="alert alert-note" role="note"><p class="alert-title">Hinweis</p><p>Sign out and sign in again.</p></div>',
		);
	});

	test('any letter case and no space after >, every paragraph kept', async () => {
		expect(await html('>[!Tip]\n>First.\n>\n>Second.\n')).toBe(
			'<div class="alert alert-tip" role="note"><p class="alert-title">Tipp</p><p>First.</p><p>Second.</p></div>',
		);
	});

	test('text written on the marker line is kept', async () => {
		expect(await html('> [!WARNING] Back up the key first.\n')).toBe(
			'<div class="alert alert-warning" role="note"><p class="alert-title">Warnung</p><p>Back up the key first.</p></div>',
		);
	});

	test('ordinary quotes and unknown markers stay quotes', async () => {
		expect(await html('> RFC 6749 says so.\n\n> [!SEE-ALSO]\n> x\n')).toBe(
			'<blockquote>\n<p>RFC 6749 says so.</p>\n</blockquote>\n<blockquote>\n<p>[!SEE-ALSO]\nx</p>\n</blockquote>',
		);
	});
});
