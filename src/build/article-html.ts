import {
	closeSync,
	fstatSync,
	mkdirSync,
	openSync,
	readdirSync,
	readSync,
	rmSync,
	statSync,
	writevSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Compiled article HTML lives in the build cache, not in the data store: Astro inlines the whole
 * store into the server bundle, and thousands of articles' HTML there cost the build most of its
 * memory. A page reads its article's HTML (or Markdown body) when it renders.
 *
 * The cache is a few pack files, not a file per article: each thread that compiles appends every
 * article it compiles in a load to a pack of its own. Making a file can cost as much as writing
 * 100 KiB to one (20 µs to 0.9 ms on this project's CI machines, varying from minute to minute),
 * and a site of 1,000 articles in six locales has 12,000 parts. The dev server and builds have
 * data stores of their own, so each has its own folder.
 */
export function articleHtmlDir(cacheDir: URL, mode: 'build' | 'dev'): string {
	return join(fileURLToPath(cacheDir), 'article-html', mode);
}

/** Where one article's compiled parts are: its HTML, then its Markdown body, from byte `at` of `pack`. */
export interface PackedArticle {
	pack: string;
	at: number;
	/** The HTML's length in bytes. */
	html: number;
	/** The Markdown body's length in bytes. */
	twin: number;
}

/** The bytes a packed article takes in its pack. */
export const packedBytes = (packed: PackedArticle) => packed.html + packed.twin;

/**
 * Appends articles to one pack file, made (with its folder) by the first article. The file is
 * opened for each article, not held open: a compile stopped half-way (another worker failed)
 * would leave its descriptor open, in the dev server's process when it compiles there.
 * @example new PackWriter(`${dir}/${load}-1.pack`).append(html, body) // { pack, at: 0, html: 120, twin: 80 }
 */
export class PackWriter {
	readonly file: string;
	/** The pack's size, once read. */
	#size: number | undefined;

	constructor(file: string) {
		this.file = file;
	}

	/** Appends an article's HTML and Markdown body, and says where they are. */
	append(html: string, twin: string): PackedArticle {
		const parts = [Buffer.from(html), Buffer.from(twin)] as const;
		const bytes = parts[0].length + parts[1].length;
		const fd = this.#open();
		try {
			const at = (this.#size ??= fstatSync(fd).size);
			const written = writevSync(fd, [...parts]);
			// A regular file takes all or fails, but for a full disk, which may take part silently.
			if (written !== bytes)
				throw new Error(
					`${this.file}: wrote ${written} of ${bytes} bytes of a compiled article (is the disk full?)`,
				);
			this.#size += bytes;
			return { pack: this.file, at, html: parts[0].length, twin: parts[1].length };
		} finally {
			closeSync(fd);
		}
	}

	#open(): number {
		try {
			return openSync(this.file, 'a');
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
			mkdirSync(dirname(this.file), { recursive: true });
			return openSync(this.file, 'a');
		}
	}
}

/**
 * Reads an article's HTML or Markdown body from its pack; a missing or cut-short pack is an
 * error naming the entry.
 */
export function readPacked(packed: PackedArticle, part: 'html' | 'twin', entryId: string): string {
	const missing = () =>
		new Error(
			`${entryId}: its compiled ${part === 'html' ? 'HTML' : 'Markdown'} (${packed.pack}) is missing from the build cache; build again with --force (or restart the dev server)`,
		);
	let fd: number;
	try {
		fd = openSync(packed.pack, 'r');
	} catch {
		throw missing();
	}
	try {
		const bytes = Buffer.alloc(packed[part]);
		const start = packed.at + (part === 'html' ? 0 : packed.html);
		if (readSync(fd, bytes, 0, bytes.length, start) < bytes.length) throw missing();
		return bytes.toString('utf8');
	} finally {
		closeSync(fd);
	}
}

/**
 * Tells whether packed articles are still whole in their packs, each pack's size read once.
 * @example const whole = packsOnDisk(); whole(entryPacked) // false once its pack is removed
 */
export function packsOnDisk(): (packed: PackedArticle | undefined) => boolean {
	const sizes = new Map<string, number>();
	const sizeOf = (pack: string) => {
		let size = sizes.get(pack);
		if (size === undefined) {
			try {
				size = statSync(pack).size;
			} catch {
				size = -1;
			}
			sizes.set(pack, size);
		}
		return size;
	};
	return (packed) => packed !== undefined && sizeOf(packed.pack) >= packed.at + packedBytes(packed);
}

/**
 * The packs mostly taken by articles no entry has any more (less than half of them in use):
 * their articles are worth moving to a pack of this load, so the old one can go.
 */
export function sparsePacks(live: readonly PackedArticle[]): Set<string> {
	const used = new Map<string, number>();
	for (const packed of live)
		used.set(packed.pack, (used.get(packed.pack) ?? 0) + packedBytes(packed));
	const sparse = new Set<string>();
	for (const [pack, bytes] of used) {
		const size = statSync(pack, { throwIfNoEntry: false })?.size ?? 0;
		if (bytes * 2 < size) sparse.add(pack);
	}
	return sparse;
}

/** Removes every file of the folder but the packs `kept` (packs no entry needs, and older caches' files). */
export function pruneArticleHtml(dir: string, kept: ReadonlySet<string>): void {
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return;
	}
	for (const name of names)
		if (!kept.has(join(dir, name))) rmSync(join(dir, name), { force: true, recursive: true });
}
