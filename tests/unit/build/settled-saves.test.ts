import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { onSaves } from '../../../src/build/settled-saves.ts';

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
	const watcher = new EventEmitter();
	const heard: string[] = [];
	onSaves(
		watcher,
		(path) => path.endsWith('.mdx'),
		(event, path) => heard.push(`${event} ${path === file ? 'a.mdx' : path}`),
	);
	return { file, watcher, heard };
}

const wait = (ms: number) => new Promise((settle) => setTimeout(settle, ms));

describe('saves the dev server hears', () => {
	it('a file written again after its event, with no event of its own, is heard once more', async () => {
		const { file, watcher, heard } = watching();
		// The watcher saw the file emptied; the write that followed fell in its 50 ms and was dropped.
		writeFileSync(file, '');
		watcher.emit('all', 'change', file);
		writeFileSync(file, '---\ntitle: A, saved\n---\n');
		expect(heard).toEqual(['change a.mdx']);
		await wait(400);
		expect(heard).toEqual(['change a.mdx', 'change a.mdx']);
	});

	it('a file unchanged since its event is heard once; other paths and events not at all', async () => {
		const { file, watcher, heard } = watching();
		watcher.emit('all', 'change', file);
		watcher.emit('all', 'change', '/site/src/pages/index.astro');
		watcher.emit('all', 'addDir', file);
		await wait(400);
		expect(heard).toEqual(['change a.mdx']);
	});

	it('a file removed after its event is heard as removed', async () => {
		const { file, watcher, heard } = watching();
		watcher.emit('all', 'change', file);
		rmSync(file);
		await wait(400);
		expect(heard).toEqual(['change a.mdx', 'unlink a.mdx']);
	});
});
