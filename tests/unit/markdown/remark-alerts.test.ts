import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { localeOfContentPath } from '../../../src/content/paths.ts';
import remarkAlerts from '../../../src/markdown/remark-alerts.ts';

async function run(markdown: string, path = '/repo/content/articles/de-de/a.mdx') {
	const file = new VFile({ value: markdown, path });
	const processor = unified().use(remarkParse).use(remarkMdx).use(remarkAlerts, { localeOf: localeOfContentPath }).use(remarkStringify);
	return String(await processor.process(file));
}

describe('remark-alerts', () => {
	test('turns a Learn alert into the Alert component with the text locale', async () => {
		expect(await run('> [!NOTE]\n> Sign out and sign in again.\n')).toBe(
			'<Alert type="note" locale="de-de">\n  Sign out and sign in again.\n</Alert>\n',
		);
	});

	test('accepts any letter case and no space after >, keeping every paragraph', async () => {
		expect(await run('>[!Tip]\n>First.\n>\n>Second.\n')).toBe(
			'<Alert type="tip" locale="de-de">\n  First.\n\n  Second.\n</Alert>\n',
		);
	});

	test('keeps text written on the marker line', async () => {
		expect(await run('> [!WARNING] Back up the key first.\n')).toBe(
			'<Alert type="warning" locale="de-de">\n  Back up the key first.\n</Alert>\n',
		);
	});

	test('leaves ordinary quotes and unknown markers alone', async () => {
		expect(await run('> RFC 6749 says so.\n\n> [!SEE-ALSO]\n> x\n')).toBe('> RFC 6749 says so.\n\n> \\[!SEE-ALSO]\n> x\n');
	});

	test('omits the locale outside content/articles', async () => {
		expect(await run('> [!CAUTION]\n> Careful.\n', '/tmp/x.mdx')).toBe('<Alert type="caution">\n  Careful.\n</Alert>\n');
	});
});
