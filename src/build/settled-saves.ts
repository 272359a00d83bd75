import { statSync } from 'node:fs';

/** A file watcher as the dev server has one (Vite's chokidar): every event with its path. */
interface Watcher {
	on(event: 'all', listener: (event: string, path: string) => void): unknown;
	/** Set once the watcher is closed, as when the dev server restarts. */
	readonly closed?: boolean;
}

type SaveEvent = 'add' | 'change' | 'unlink';
type SaveListener = (event: SaveEvent, path: string) => void;

const saveEvents: ReadonlySet<string> = new Set<SaveEvent>(['add', 'change', 'unlink']);
const isSaveEvent = (event: string): event is SaveEvent => saveEvents.has(event);

/** How long after a save the file is looked at again: more than the watcher's 50 ms. */
const lookAgainAfterMs = 150;

/** What `stateOf` says of a file that is not there (or cannot be looked at). */
const absent = 'absent';

/**
 * Calls `listener` for each save, creation or removal of a file `accepts` takes, and once more
 * when a file has changed again since its event without an event of its own.
 *
 * The dev server's watcher passes on one `change` of a path in 50 ms and drops the others. A
 * save written in two steps (the file emptied, then written, as Node's `writeFile` and editors
 * that save in place do) can so arrive as one event seen while the file was still empty: the
 * page would show "expected front matter" until the next save. So a file is looked at again
 * after each event, and its size and time compared with those at the event; a later event of
 * the same file replaces the look. Such a save loads twice, the second time complete. Once the
 * watcher is closed (the dev server restarted), nothing more is heard.
 * @example watchSaves(server.watcher, (path) => path.endsWith('.mdx'), () => reload());
 */
export function watchSaves(
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
			if (now === seen || watcher.closed) return;
			listener(now === absent ? 'unlink' : 'change', path);
			lookAgain(path, now);
		}, lookAgainAfterMs);
		lookingAgain.set(path, timer.unref());
	};
	watcher.on('all', (event, path) => {
		if (!isSaveEvent(event) || !accepts(path)) return;
		// Taken before the listener starts a load, which reads the file no earlier than this.
		const seen = stateOf(path);
		listener(event, path);
		lookAgain(path, seen);
	});
}

/** A file's size and modification time, or `absent`. */
function stateOf(path: string): string {
	try {
		const stats = statSync(path, { throwIfNoEntry: false, bigint: true });
		return stats ? `${stats.size}:${stats.mtimeNs}` : absent;
	} catch {
		return absent;
	}
}
