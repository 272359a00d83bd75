import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { MentionContext } from '../../../src/reference/mentions.ts';
import { renderArticle } from '../helpers/render-article.ts';

const context: MentionContext = {
	oauthCodes: new Set(['invalid_grant', 'invalid_client', 'invalid_request', 'consent_required']),
	articles: new Map([
		['AADSTS50173', 'aadsts50173'],
		['AADSTS50000', 'aadsts50000'],
	]),
	ignored: new Set(['invalid_resource']),
};
const fixtures = new URL('./fixtures/link-codes/', import.meta.url);

// Each fixture is rendered as the article aadsts50173 (so a mention of its own code is not linked).
describe('remark-link-codes, through the article renderer', () => {
	for (const name of readdirSync(fixtures).sort()) {
		test(`${name.replaceAll('-', ' ')} (fixture ${name})`, async () => {
			const input = readFileSync(new URL(`${name}/input.mdx`, fixtures), 'utf8');
			const { html, problems } = await renderArticle(input, { context, slug: 'aadsts50173' });
			await expect(`${html}\n`).toMatchFileSnapshot(`./fixtures/link-codes/${name}/output.html`);
			await expect(`${problems.join('\n')}\n`).toMatchFileSnapshot(
				`./fixtures/link-codes/${name}/warnings.txt`,
			);
		});
	}
});
