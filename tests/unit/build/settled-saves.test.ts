import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { watchSaves } from '../../../src/build/settled-saves.ts';

const folders: string[] = [];
afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A watcher the test drives, a file in a folder of its own, and the saves heard. */
function watching() {
	const folder = mkdtempSync(join(tmpdir(), 'settled-saves-'));
	folders.push(folder);
	const file = join(folder, 'a.mdx');
	writeFileSync(file, '---\ntitle: A\n---\n');
	const watcher = Object.assign(new EventEmitter(), { closed: false });
	const heard: string[] = [];
	watchSaves(
		watcher,
		(path) => path.endsWith('.mdx'),
		(event, path) => heard.push(`${event} ${path === file ? 'a.mdx' : path}`),
	);
	return { file, watcher, heard };
}

const wait = (ms: number) => new Promise((settle) => setTimeout(settle, ms));

describe('saves the dev server hears', () => {
	test('a file written again after its event, with no event of its own, is heard once more', async () => {
		const { file, watcher, heard } = watching();
		// The watcher saw the file emptied; the write that followed fell in its 50 ms and was dropped.
		writeFileSync(file, '');
		watcher.emit('all', 'change', file);
		writeFileSync(file, '---\ntitle: A, saved\n---\n');
		expect(heard).toEqual(['change a.mdx']);
		await wait(400);
		expect(heard).toEqual(['change a.mdx', 'change a.mdx']);
	});

	test('a file unchanged since its event is heard once; other paths and events not at all', async () => {
		const { file, watcher, heard } = watching();
		watcher.emit('all', 'change', file);
		watcher.emit('all', 'change', '/site/src/pages/index.astro');
		watcher.emit('all', 'addDir', file);
		await wait(400);
		expect(heard).toEqual(['change a.mdx']);
	});

	test('a file removed after its event is heard as removed', async () => {
		const { file, watcher, heard } = watching();
		watcher.emit('all', 'change', file);
		rmSync(file);
		await wait(400);
		expect(heard).toEqual(['change a.mdx', 'unlink a.mdx']);
	});

	test('a later event of the same file replaces the look at it: one save, one load', async () => {
		const { file, watcher, heard } = watching();
		watcher.emit('all', 'change', file);
		await wait(50);
		// The watcher heard this write: the file is looked at against it, not the first event.
		writeFileSync(file, '---\ntitle: A, saved\n---\n');
		watcher.emit('all', 'change', file);
		await wait(400);
		expect(heard).toEqual(['change a.mdx', 'change a.mdx']);
	});

	test('a file that changes again after it was looked at is looked at again', async () => {
		const { file, watcher, heard } = watching();
		writeFileSync(file, '');
		watcher.emit('all', 'change', file);
		writeFileSync(file, '---\n');
		await wait(200);
		writeFileSync(file, '---\ntitle: A, saved\n---\n');
		await wait(400);
		expect(heard).toEqual(['change a.mdx', 'change a.mdx', 'change a.mdx']);
	});

	test('once the watcher is closed (the dev server restarted), nothing more is heard', async () => {
		const { file, watcher, heard } = watching();
		watcher.emit('all', 'change', file);
		writeFileSync(file, '---\ntitle: A, saved\n---\n');
		watcher.closed = true;
		await wait(400);
		expect(heard).toEqual(['change a.mdx']);
	});
});
