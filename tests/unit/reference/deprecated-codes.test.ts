import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import DeprecationNotice from '../../../src/components/DeprecationNotice.astro';
import { referencePages } from '../../../src/reference/reference-data.ts';
import type { RegistryEntry } from '../../../src/reference/registry-schema.ts';

const definition = {
	document: 'rfc6749',
	section: '5.2',
	returnedBy: 'token-endpoint',
	quote: 'Some definition text.',
} as const;
const live: RegistryEntry = {
	code: 'invalid_grant',
	definitions: [definition],
	related: [],
	aadsts: [],
};
const removed: RegistryEntry = {
	...live,
	code: 'invalid_thing',
	removed: { reason: 'The draft that defined it was withdrawn.' },
};

describe('removed codes', () => {
	test('keep their page in every locale', () => {
		const pages = referencePages([live, removed]).map((p) => `${p.locale}/${p.entry.code}`);
		expect(pages.filter((p) => p.endsWith('/invalid_thing'))).toEqual([
			'en-us/invalid_thing',
			'zh-cn/invalid_thing',
			'ja-jp/invalid_thing',
			'de-de/invalid_thing',
			'fr-fr/invalid_thing',
			'ar-sa/invalid_thing',
		]);
	});

	test("are marked deprecated, with the reason, in the reader's language", async () => {
		const container = await AstroContainer.create();
		const html = await container.renderToString(DeprecationNotice, {
			props: { locale: 'fr-fr', reason: removed.removed?.reason },
		});
		expect(html.trim()).toBe(
			'<aside class="notice notice-deprecated" role="note" data-deprecated-notice><p><strong>Obsolète.</strong> Ce code ne figure plus dans le registre : The draft that defined it was withdrawn. La page reste en place pour que les liens vers elle continuent de fonctionner.</p></aside>',
		);
	});
});
