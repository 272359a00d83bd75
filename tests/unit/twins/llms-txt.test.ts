import { describe, expect, test } from 'vitest';
import { localeLlmsTxt, rootLlmsTxt } from '../../../src/twins/llms-txt.ts';

describe('llms.txt', () => {
	test('a locale’s file lists its articles and reference entries with URL, description and codes', () => {
		const text = localeLlmsTxt({
			siteName: 'サインインのトラブルシューティング',
			tagline: 'トラブルシューティング記事と OAuth 2.0 エラー リファレンス',
			language: '日本語 (ja-JP)',
			articlesJson: 'https://docs.example.com/ja-jp/articles.json',
			labels: {
				articles: '記事',
				reference: 'OAuth 2.0 エラー リファレンス',
				codes: 'エラー コード',
			},
			articles: [
				{
					title: 'エラー AADSTS50011 – [InvalidReplyTo]',
					url: 'https://docs.example.com/ja-jp/troubleshoot/aadsts50011/',
					description: 'リダイレクト URI を\n一致させます。',
					codes: ['AADSTS50011', 'invalid_request'],
				},
				{
					title: 'No description',
					url: 'https://docs.example.com/ja-jp/troubleshoot/x/',
					codes: [],
				},
			],
			reference: [
				{
					title: 'invalid_grant',
					url: 'https://docs.example.com/ja-jp/reference/oauth-errors/invalid_grant/',
					description: '付与が拒否されました。',
					codes: ['invalid_grant'],
				},
			],
		});
		expect(text).toBe(
			[
				'# サインインのトラブルシューティング',
				'',
				'> トラブルシューティング記事と OAuth 2.0 エラー リファレンス',
				'',
				'Language: 日本語 (ja-JP). Every page below has a Markdown version at its URL followed by `index.md`; https://docs.example.com/ja-jp/articles.json maps each error code to its articles.',
				'',
				'## 記事',
				'',
				'- [エラー AADSTS50011 – \\[InvalidReplyTo\\]](https://docs.example.com/ja-jp/troubleshoot/aadsts50011/): リダイレクト URI を 一致させます。 エラー コード: AADSTS50011, invalid_request',
				'- [No description](https://docs.example.com/ja-jp/troubleshoot/x/)',
				'',
				'## OAuth 2.0 エラー リファレンス',
				'',
				'- [invalid_grant](https://docs.example.com/ja-jp/reference/oauth-errors/invalid_grant/): 付与が拒否されました。 エラー コード: invalid_grant',
				'',
			].join('\n'),
		);
	});

	test('the site’s file lists each locale’s', () => {
		expect(
			rootLlmsTxt('Docs', 'Articles', [
				{ name: 'العربية (ar-SA)', url: 'https://docs.example.com/ar-sa/llms.txt' },
			]),
		).toBe(
			'# Docs\n\n> Articles\n\nThe site in each of its languages:\n\n- [العربية (ar-SA)](https://docs.example.com/ar-sa/llms.txt)\n',
		);
	});
});
