import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const seedPath = '../shared/seed/000_8b61593755d049a8.txt';
const projectCopy = 'content/articles/zh-cn/aadsts50000.mdx';
// The original seed where the shared folder is present; otherwise the project's copy of it.
const seed = readFileSync(existsSync(seedPath) ? seedPath : projectCopy, 'utf8');
const body = seed.replace(/^---[\s\S]*?\n---\n/, '');

/** The seed's sentences as a reader sees them: Markdown marks removed, split at sentence ends. */
function sentencesOf(markdown: string): string[] {
	return markdown
		.split('\n')
		.map((line) =>
			line
				.replace(/^#+\s*/, '')
				.replace(/<a name="[^"]*"><\/a>/g, '')
				.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
				.replace(/\*\*|`/g, ''),
		)
		.flatMap((line) => line.split(/(?<=[。：])|(?<=\.)\s+(?=[A-Z])/))
		.map((s) => s.replace(/\s+/g, ' ').trim())
		.filter((s) => s.length > 0);
}

test('the seed page shows every sentence of the seed', async ({ page }) => {
	await page.goto('/zh-cn/troubleshoot/aadsts50000/');
	const text = (await page.locator('article').innerText()).replace(/\s+/g, ' ');
	const sentences = sentencesOf(body);
	expect(sentences.length).toBeGreaterThan(15);
	for (const sentence of sentences) expect(text, sentence).toContain(sentence);
});

test('the seed keeps its heading anchor, its six RFC definitions and its support link', async ({
	page,
}) => {
	await page.goto('/zh-cn/troubleshoot/aadsts50000/#troubleshoot-aadsts50000-error-code');
	await expect(page.locator('h1#troubleshoot-aadsts50000-error-code')).toHaveText(
		'AADSTS50000 错误代码疑难解答',
	);
	const definitions = [...body.matchAll(/^`(\w+: [^`]+)`$/gm)].map((m) => m[1]);
	expect(definitions.map((d) => d?.split(':')[0])).toEqual([
		'invalid_request',
		'invalid_client',
		'invalid_grant',
		'unauthorized_client',
		'unsupported_grant_type',
		'invalid_scope',
	]);
	// Each definition is kept whole; only its code is the link to the code's entry.
	for (const definition of definitions) {
		const code = definition?.split(':')[0] ?? '';
		const link = page
			.locator('article a[data-code-link="oauth"]:has(+ code)')
			.filter({ hasText: new RegExp(`^${code}$`) })
			.first();
		await expect(link).toHaveText(code);
		await expect(link.locator('xpath=following-sibling::code[1]')).toHaveText(
			definition?.slice(code.length) ?? '',
		);
	}
	await expect(page.getByRole('link', { name: '打开支持票证' })).toHaveAttribute(
		'href',
		'https://docs.microsoft.com/azure/active-directory/fundamentals/active-directory-troubleshooting-support-howto',
	);
});

test('the seed page carries its Learn metadata as meta tags, as written', async ({ page }) => {
	await page.goto('/zh-cn/troubleshoot/aadsts50000/');
	const meta = async (name: string) => page.locator(`meta[name="${name}"]`).getAttribute('content');
	expect(await meta('robots')).toBe('NOINDEX, NOFOLLOW');
	expect(await meta('ms.date')).toBe('03/19/2021');
	expect(await meta('ms.custom')).toBe('9801, 9005744');
	expect(await meta('ms.locfileid')).toBe('53939837');
	expect(await meta('ms.translationtype')).toBe('HT');
	expect(await meta('ms.openlocfilehash')).toBe(
		'09c1a831c85ec6752c1df90b78d4a12158b4c9164b0cb388abf84fff745d35b3',
	);
	for (const field of [
		'ms.author',
		'author',
		'manager',
		'audience',
		'ms.topic',
		'ms.service',
		'localization_priority',
		'ms.collection',
		'ms.sourcegitcommit',
		'ms.contentlocale',
		'ms.lasthandoff',
	]) {
		const line = new RegExp(`^${field.replace('.', '\\.')}: "?([^"\\n]*)"?$`, 'm').exec(seed);
		expect(await meta(field), field).toBe(line?.[1]);
	}
});
