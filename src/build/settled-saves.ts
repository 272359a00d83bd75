import { statSync } from 'node:fs';

/** A file watcher as the dev server has one (Vite's chokidar): every event with its path. */
interface Watcher {
	on(event: 'all', listener: (event: string, path: string) => void): unknown;
}

type SaveListener = (event: 'add' | 'change' | 'unlink', path: string) => void;

const saveEvents = new Set(['add', 'change', 'unlink']);

/** How long after a save the file is looked at again: more than the watcher's 50 ms. */
const lookAgainAfterMs = 150;

/**
 * Calls `listener` for each save, creation or removal of a file `accepts` takes, and once more
 * when a file has changed again since its event without an event of its own.
 *
 * The dev server's watcher passes on one `change` of a path in 50 ms and drops the others. A
 * save written in two steps (the file emptied, then written, as Node's `writeFile` and editors
 * that save in place do) can so arrive as one event seen while the file was still empty: the
 * page would show "expected front matter" until the next save. So a file is looked at again
 * after each event, and its size and time compared with those at the event.
 */
export function onSaves(
	watcher: Watcher,
	accepts: (path: string) => boolean,
	listener: SaveListener,
): void {
	const lookingAgain = new Map<string, NodeJS.Timeout>();
	const lookAgain = (path: string, seen: string) => {
		clearTimeout(lookingAgain.get(path));
		const timer = setTimeout(() => {
			lookingAgain.delete(path);
			const now = stateOf(path);
			if (now === seen) return;
			listener(now === absent ? 'unlink' : 'change', path);
			lookAgain(path, now);
		}, lookAgainAfterMs);
		lookingAgain.set(path, timer.unref());
	};
	watcher.on('all', (event, path) => {
		if (!saveEvents.has(event) || !accepts(path)) return;
		// Taken before the listener starts a load, which reads the file no earlier than this.
		const seen = stateOf(path);
		listener(event as 'add' | 'change' | 'unlink', path);
		lookAgain(path, seen);
	});
}

const absent = 'absent';

/** A file's size and modification time, or `absent` (also when it cannot be looked at). */
function stateOf(path: string): string {
	try {
		const stats = statSync(path, { throwIfNoEntry: false, bigint: true });
		return stats ? `${stats.size}:${stats.mtimeNs}` : absent;
	} catch {
		return absent;
	}
}
