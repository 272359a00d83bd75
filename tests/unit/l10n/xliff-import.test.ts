import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { validateFrontMatter } from '../../../src/content/front-matter.ts';
import { exportArticle, type ReadArticle } from '../../../src/l10n/export.ts';
import { importXliff } from '../../../src/l10n/import.ts';
import { pseudoTranslate } from '../../../src/l10n/pseudo.ts';
import { readXliff } from '../../../src/l10n/xliff-read.ts';
import { writeXliff } from '../../../src/l10n/xliff-write.ts';

const fixture = 'tests/unit/l10n/fixtures/every-kind.mdx';
const read = (text: string): ReadArticle => ({
	text,
	data: validateFrontMatter(fixture, text).data!,
});
const source = read(readFileSync(fixture, 'utf8'));
const handedBack = (article = source) =>
	writeXliff(
		pseudoTranslate(
			exportArticle({ slug: 'every-kind', locale: 'ja-jp', source: article, date: '12/01/2026' }),
		),
	);
const lineOf = (xml: string, needle: string) =>
	xml.split('\n').findIndex((l) => l.includes(needle)) + 1;
/** Imports an XLIFF text against the fixture; the problems as `line unit: message`. */
function problems(
	xml: string,
	options: { partial?: boolean; article?: ReadArticle } = {},
): string[] {
	const result = importXliff({
		doc: readXliff(xml),
		source: options.article ?? source,
		partial: options.partial,
	});
	return result.ok ? [] : result.problems.map((p) => `${p.line} ${p.unit ?? '-'}: ${p.message}`);
}

describe('l10n:import', () => {
	test('writes the English structure with each sentence translated, codes restored byte for byte, and translation front matter', () => {
		const result = importXliff({ doc: readXliff(handedBack()), source, type: 'MT' });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.locale).toBe('ja-jp');
		expect(result.mdx).toContain(
			'\ntitle: "⟦Ḗřřǿř AADSTS50011 – Ŧħḗ řḗḓīřḗƈŧ ŨŘĪ ḓǿḗşƞ\'ŧ ḿȧŧƈħ⟧"\n',
		);
		expect(result.mdx).toContain(
			'\nms.contentlocale: ja-JP\nms.translationtype: MT\nms.lasthandoff: 12/01/2026\nms.locfileid: "bfeee3a6"\nsourceHash: "8bcf93746a42ee30"\nsourceSections: { "_intro": "632b7fca", "cause": "89f40612" }\n---\n',
		);
		expect(result.mdx).toContain(
			'## <Sxs en="<a name=&quot;cause&quot;></a>Cause">⟦<a name="cause"></a>Ƈȧũşḗ⟧</Sxs>\n',
		);
		expect(result.mdx).toContain(
			'<Sxs en="Read *the [registration](https://learn.microsoft.com/entra/reply-url) page*, e.g. the **Authentication** tab.">⟦Řḗȧḓ *ŧħḗ [řḗɠīşŧřȧŧīǿƞ](https://learn.microsoft.com/entra/reply-url) ƥȧɠḗ*, ḗ.ɠ. ŧħḗ **Ȧũŧħḗƞŧīƈȧŧīǿƞ** ŧȧƀ.⟧</Sxs>',
		);
		expect(result.mdx).toContain(
			'```text\nAADSTS50011: The redirect URI does not match.\n```\n\n| <Sxs en="Setting">⟦Şḗŧŧīƞɠ⟧</Sxs> | <Sxs en="Value">⟦Ṽȧŀũḗ⟧</Sxs> |\n|---|---|\n| <Sxs en="Redirect URI">⟦Řḗḓīřḗƈŧ ŨŘĪ⟧</Sxs> | `https://app.contoso.com/signin` |\n',
		);
		expect(result.mdx).toContain(
			'1. <Sxs en="Select **Save**.">⟦Şḗŀḗƈŧ **Şȧṽḗ**.⟧</Sxs> <Sxs en="Then try again.">⟦Ŧħḗƞ ŧřẏ ȧɠȧīƞ.⟧</Sxs>\n- <Sxs',
		);
		expect(result.mdx).toContain(
			'> [!NOTE]\n> <Sxs en="Users can\'t fix this.">⟦Ũşḗřş ƈȧƞ\'ŧ ƒīẋ ŧħīş.⟧</Sxs>\n',
		);
		expect(result.imported).toBe(13);
	});

	test('refuses a file whose English changed since export, naming the units, and imports the rest with --partial', () => {
		const xml = handedBack();
		const changed = read(source.text.replace('Sign in again.', 'Sign in once more.'));
		expect(problems(xml, { article: changed })).toEqual([
			'2 -: the English article changed since this file was exported (source 8bcf93746a42ee30, now 72ec428c3fa8e6a2); changed units: cause.li2; export again, or import the other units with --partial',
		]);
		const partial = importXliff({ doc: readXliff(xml), source: changed, partial: true });
		expect(partial.ok && partial.skipped).toEqual(['cause.li2']);
		expect(partial.ok && partial.mdx).toContain('\n- Sign in once more.\n');
		expect(partial.ok && partial.mdx).toContain(
			'sourceSections: { "_intro": "632b7fca", "cause": "89f40612" }',
		);
		// A unit not imported keeps the existing translation's text (its section stays outdated).
		const first = importXliff({ doc: readXliff(xml), source });
		const existing = first.ok ? read(first.mdx) : undefined;
		const kept = importXliff({ doc: readXliff(xml), source: changed, partial: true, existing });
		expect(kept.ok && kept.mdx).toContain('\n- <Sxs en="Sign in again.">⟦Şīɠƞ īƞ ȧɠȧīƞ.⟧</Sxs>\n');
	});

	test.each([
		[
			'a missing unit',
			(x: string) => x.replace(/ {4}<unit id="cause.li2"[\s\S]*?<\/unit>\n/, ''),
			['2 cause.li2: unit cause.li2 (listItem) is missing from the file'],
		],
		[
			'an extra unit',
			(x: string) => x.replace('<unit id="cause.li2"', '<unit id="cause.li9"'),
			[
				'2 cause.li2: unit cause.li2 (listItem) is missing from the file',
				'L cause.li9: unit cause.li9 is not in the article (extra unit)',
			],
		],
	])('refuses %s, naming the unit', (_, edit, expected) => {
		const xml = edit(handedBack());
		expect(problems(xml)).toEqual(
			expected.map((e) => e.replace(/^L/, String(lineOf(xml, 'cause.li9')))),
		);
	});

	test.each([
		[
			'deleted',
			(t: string) => t.replace(/<ph id="1"[^>]*\/>/, ''),
			'protected code 1 (`InvalidReplyTo`) was deleted from the target; put <ph id="1"/> back',
		],
		[
			'duplicated',
			(t: string) => t.replace(/(<ph id="1"[^>]*\/>)/, '$1 $1'),
			'protected code 1 (`InvalidReplyTo`) appears 2 times in the target; keep it once',
		],
		[
			'moved out of its pair',
			(t: string) =>
				t
					.replace(
						/(<pc id="4"[^>]*>)řḗɠīşŧřȧŧīǿƞ<\/pc> ƥȧɠḗ<\/pc>/,
						'$1řḗɠīşŧřȧŧīǿƞ</pc> ƥȧɠḗ</pc>',
					)
					.replace(
						/<pc id="3"([^>]*)>ŧħḗ (<pc id="4"[^>]*>řḗɠīşŧřȧŧīǿƞ<\/pc>) ƥȧɠḗ<\/pc>/,
						'$2 <pc id="3"$1>ŧħḗ ƥȧɠḗ</pc>',
					),
			'segment s2: code 4 ([) was moved out of paired code 3; keep it where the source has it',
		],
		[
			'unknown',
			(t: string) => t.replace('ƈǿƥẏ.', 'ƈǿƥẏ.<ph id="9" dataRef="d9"/>'),
			'segment s3: <ph id="9"> is not a code of this unit\'s source',
		],
	])('refuses a protected code %s, with the unit and line', (_, edit, message) => {
		const xml = handedBack().replace(/(<unit id="cause.p1"[\s\S]*?<\/unit>)/, (unit) =>
			unit.replace(/<target>[\s\S]*?<\/target>/g, (target) => edit(target)),
		);
		const line = message.startsWith('protected')
			? lineOf(xml, 'Ŧħḗ ḗřřǿř ƞȧḿḗ')
			: lineOf(xml, message.includes('s3') ? 'Ƥřḗşş' : 'ḗ.ɠ. ŧħḗ');
		expect(problems(xml)).toEqual([`${line} cause.p1: ${message}`]);
	});

	test('refuses a target that breaks MDX or adds markup, and a segment left untranslated', () => {
		const xml = handedBack();
		const broken = xml.replace('⟦Şīɠƞ īƞ ȧɠȧīƞ.⟧', '⟦Şīɠƞ &lt;īƞ ȧɠȧīƞ.⟧');
		expect(problems(broken)).toEqual([
			`${lineOf(broken, 'Şīɠƞ &lt;īƞ')} cause.li2: segment s1: the target is not valid MDX: Unexpected character \`.\` (U+002E) in attribute name, expected an attribute name character such as letters, digits, \`$\`, or \`_\`; \`=\` to initialize a value; whitespace before attributes; or the end of the tag (write < as \\<, { as \\{)`,
		]);
		const linked = xml.replace('⟦Şīɠƞ īƞ ȧɠȧīƞ.⟧', '⟦[Şīɠƞ īƞ](https://evil.example) ȧɠȧīƞ.⟧');
		expect(problems(linked)).toEqual([
			`${lineOf(linked, 'evil.example')} cause.li2: segment s1: the target has markup its English has not: link 0 → 1`,
		]);
		const untranslated = xml.replace('<target>⟦Şīɠƞ īƞ ȧɠȧīƞ.⟧</target>', '<target></target>');
		expect(problems(untranslated)).toEqual([
			`${lineOf(untranslated, '<target></target>')} cause.li2: segment s1 has no translation (an empty or missing <target>)`,
		]);
	});

	test('refuses a target that changes the article’s structure', () => {
		const xml = handedBack().replace('⟦Şīɠƞ īƞ ȧɠȧīƞ.⟧', '1. ⟦Şīɠƞ⟧');
		expect(problems(xml)[0]).toMatch(
			/^\d+ cause\.li2: segment s1: the target has markup its English has not: list 0 → 1$/,
		);
	});

	test('refuses a wrong locale and a file that is not XLIFF 2.0', () => {
		expect(problems(handedBack().replace('trgLang="ja-JP"', 'trgLang="pt-BR"'))).toEqual([
			'2 -: trgLang="pt-BR" is not a language of this site (zh-CN, ja-JP, de-DE, fr-FR, ar-SA)',
		]);
		expect(problems(handedBack().replace('srcLang="en-US"', 'srcLang="en-GB"'))).toEqual([
			'2 -: srcLang="en-GB": the site\'s source language is en-US',
		]);
		expect(() => readXliff(handedBack().replace('version="2.0"', 'version="1.2"'))).toThrow(
			'expected <xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0">, found <xliff version="1.2">',
		);
		expect(() =>
			readXliff(
				handedBack().replace('</unit>\n    <unit id="description"', '\n    <unit id="description"'),
			),
		).toThrow(/^<\/file> does not close <unit> \(line 10\)$/);
	});
});
