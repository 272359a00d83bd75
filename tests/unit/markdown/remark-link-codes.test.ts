import { readdirSync, readFileSync } from 'node:fs';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { formatDiagnostic, type Diagnostic } from '../../../src/diagnostics/diagnostics.ts';
import remarkAlerts from '../../../src/markdown/remark-alerts.ts';
import remarkLinkCodes from '../../../src/markdown/remark-link-codes.ts';
import type { MentionContext } from '../../../src/reference/mentions.ts';

const context: MentionContext = {
	oauthCodes: new Set(['invalid_grant', 'invalid_client', 'invalid_request', 'consent_required']),
	articles: new Map([['AADSTS50173', 'aadsts50173'], ['AADSTS50000', 'aadsts50000']]),
	ignored: new Set(['invalid_resource']),
};
const fixtures = new URL('./fixtures/link-codes/', import.meta.url);

async function run(name: string) {
	const warnings: Diagnostic[] = [];
	const file = new VFile({ path: `${process.cwd()}/content/articles/en-us/aadsts50173.mdx`, value: readFileSync(new URL(`${name}/input.mdx`, fixtures), 'utf8') });
	const output = await unified()
		.use(remarkParse)
		.use(remarkMdx)
		.use(remarkGfm)
		.use(remarkAlerts)
		.use(remarkLinkCodes, { context: () => context, report: (d) => warnings.push(d) })
		.use(remarkStringify)
		.process(file);
	return { output: String(output), warnings: warnings.map(formatDiagnostic) };
}

describe('remark-link-codes', () => {
	for (const name of readdirSync(fixtures).sort()) {
		test(`${name.replaceAll('-', ' ')} (fixture ${name})`, async () => {
			const { output, warnings } = await run(name);
			await expect(output).toMatchFileSnapshot(`./fixtures/link-codes/${name}/output.mdx`);
			await expect(`${warnings.join('\n')}\n`).toMatchFileSnapshot(`./fixtures/link-codes/${name}/warnings.txt`);
		});
	}

	test('is deterministic', async () => {
		expect(await run('links-text-and-code-spans')).toEqual(await run('links-text-and-code-spans'));
	});
});
