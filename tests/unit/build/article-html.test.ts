import { mkdtempSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import {
	packedBytes,
	packsOnDisk,
	PackWriter,
	readPacked,
	sparsePacks,
} from '../../../src/build/article-html.ts';

const packIn = () => join(mkdtempSync(join(tmpdir(), 'packs-')), 'cache', 'load-1.pack');

test('parts are read back exactly, offsets counted in bytes (not characters), across reopenings', () => {
	const file = packIn();
	const first = new PackWriter(file);
	const ja = first.append('<p>トークンの有効期限が切れています</p>', '## 原因\n\nテキスト\n');
	const ar = first.append('<p dir="rtl">انتهت صلاحية الرمز المميز</p>', '## السبب\n');
	// Another writer of the same file (a later load cannot, its packs are new) appends after what is there.
	const again = new PackWriter(file);
	const en = again.append('<p>Token expired</p>', '');
	// The Japanese HTML is 23 characters and 55 bytes in UTF-8.
	expect([ja, ar, en].map((p) => [p.at, p.html, p.twin])).toEqual([
		[0, 55, 24],
		[79, 64, 14],
		[157, 20, 0],
	]);
	expect(readPacked(ja, 'html', 'ja-jp/a')).toBe('<p>トークンの有効期限が切れています</p>');
	expect(readPacked(ja, 'twin', 'ja-jp/a')).toBe('## 原因\n\nテキスト\n');
	expect(readPacked(ar, 'html', 'ar-sa/a')).toBe('<p dir="rtl">انتهت صلاحية الرمز المميز</p>');
	expect(readPacked(ar, 'twin', 'ar-sa/a')).toBe('## السبب\n');
	expect(readPacked(en, 'twin', 'en-us/a')).toBe('');
});

test('a part cut short is missing: packsOnDisk says so, and reading it names the entry', () => {
	const file = packIn();
	const pack = new PackWriter(file);
	const a = pack.append('<p>A</p>', 'A\n');
	const b = pack.append('<p>B</p>', 'B\n');
	truncateSync(file, b.at + packedBytes(b) - 1);
	const whole = packsOnDisk();
	expect([whole(a), whole(b), whole(undefined)]).toEqual([true, false, false]);
	expect(readPacked(b, 'html', 'en-us/b')).toBe('<p>B</p>');
	expect(() => readPacked(b, 'twin', 'en-us/b')).toThrow(
		`en-us/b: its compiled Markdown (${file}) is missing from the build cache; build again with --force (or restart the dev server)`,
	);
});

test('a pack is sparse when less than half of it is in use', () => {
	const file = packIn();
	const pack = new PackWriter(file);
	const parts = ['<p>one</p>', '<p>two</p>', '<p>six</p>'].map((html) => pack.append(html, ''));
	expect(sparsePacks(parts.slice(0, 2))).toEqual(new Set());
	expect(sparsePacks(parts.slice(0, 1))).toEqual(new Set([file]));
});
