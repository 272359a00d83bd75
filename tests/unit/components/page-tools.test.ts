import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import { codeToCopy, sectionUrl } from '../../../src/client/copy-text.ts';
import ReportProblem from '../../../src/components/ReportProblem.astro';
import SectionHeading from '../../../src/components/SectionHeading.astro';

const container = await AstroContainer.create();

describe('what the copy buttons copy', () => {
	test('code as written, without a shell session’s prompts or a console’s output', () => {
		expect(codeToCopy('{\n  "error": "invalid_grant"\n}\n', 'json')).toBe(
			'{\n  "error": "invalid_grant"\n}',
		);
		expect(codeToCopy('$ npm test\n$ npm run build\n', 'bash')).toBe('npm test\nnpm run build');
		expect(codeToCopy('$ az login\nOpening a browser…\n$ az account show\n', 'console')).toBe(
			'az login\naz account show',
		);
		expect(codeToCopy('PS C:\\> Connect-MgGraph\n', 'powershell')).toBe('Connect-MgGraph');
		expect(codeToCopy('echo $HOME\n', 'bash')).toBe('echo $HOME');
		expect(codeToCopy('$ not a prompt in text', 'text')).toBe('$ not a prompt in text');
	});

	test('a section’s link is the canonical URL with its fragment', () => {
		expect(sectionUrl('https://docs.example.com/ja-jp/troubleshoot/aadsts50011/', '原因')).toBe(
			'https://docs.example.com/ja-jp/troubleshoot/aadsts50011/#%E5%8E%9F%E5%9B%A0',
		);
		expect(sectionUrl('https://docs.example.com/en-us/troubleshoot/x/#old', 'cause')).toBe(
			'https://docs.example.com/en-us/troubleshoot/x/#cause',
		);
	});
});

describe('page components', () => {
	test('a generated page’s section heading has the same link as an article’s', async () => {
		expect(
			await container.renderToString(SectionHeading, {
				props: { id: 'definitions' },
				slots: { default: 'Definitions' },
			}),
		).toBe(
			'<div class="heading-wrapper heading-wrapper-h2"><h2 id="definitions">Definitions</h2><a class="heading-link" href="#definitions" aria-labelledby="heading-link-label definitions" data-pagefind-ignore=""><span aria-hidden="true">#</span></a></div>',
		);
	});

	test('"Report a problem" is not shown without a repository', async () => {
		const props = { locale: 'de-de', title: 'T', version: 'v', repository: undefined };
		expect(
			(
				await container.renderToString(ReportProblem, {
					props,
					request: new Request('https://docs.example.com/de-de/troubleshoot/x/'),
				})
			).trim(),
		).toBe('');
	});

	test('"Report a problem" links to a prefilled new issue, in the reader’s language', async () => {
		const props = {
			locale: 'de-de',
			title: 'Fehler AADSTS50011',
			version: 'content/articles/de-de/aadsts50011.mdx · 0123456789ab · 11/24/2026 · current',
			repository: 'https://github.com/owner/docs',
		};
		const html = await container.renderToString(ReportProblem, {
			props,
			request: new Request('https://docs.example.com/de-de/troubleshoot/aadsts50011/'),
		});
		const href = /href="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&') ?? '';
		const url = new URL(href);
		expect(`${url.origin}${url.pathname}`).toBe('https://github.com/owner/docs/issues/new');
		expect(url.searchParams.get('title')).toBe('[de-de] Fehler AADSTS50011');
		expect(url.searchParams.get('body')).toMatch(
			/^Was ist an dieser Seite falsch\?\n\n\n---\nPage: https?:\/\/[^/]+\/de-de\/troubleshoot\/aadsts50011\/\nLocale: de-de\nArticle version: content\/articles\/de-de\/aadsts50011\.mdx · 0123456789ab · 11\/24\/2026 · current$/,
		);
		expect(html).toContain('>Problem mit dieser Seite melden</a>');
	});
});
