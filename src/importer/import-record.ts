import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { z } from 'astro/zod';

/** What the import record file holds: the hash of every file as the last import wrote it. */
const RecordSchema = z.object({
	/** Per file, its path from the content folder's parent (`content/articles/…`, `public/media/…`) → SHA-256 of what was written. */
	files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
});

/** What happened to one file an import meant to write. */
export type WriteOutcome = 'written' | 'updated' | 'unchanged' | 'overwritten';

/** A file the import would have replaced although someone edited it since the last import. */
export class EditedSinceImport extends Error {
	/** The edited file, as the report shows it. */
	readonly file: string;
	constructor(file: string) {
		super(
			`${file} was edited since it was imported (or not written by an import); not replaced: use --overwrite to replace it`,
		);
		this.file = file;
	}
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * The record of what `import:learn` wrote (`<content>/.learn-import.json`), so that importing
 * again replaces files nobody touched, leaves identical files alone (an unchanged re-import
 * changes no file) and refuses to replace a file edited since, unless asked to overwrite.
 */
export class ImportRecord {
	private readonly path: string;
	private readonly root: string;
	private readonly files: Record<string, string>;
	private readonly before: string;
	private readonly overwrite: boolean;

	/** Reads the record of a content folder (an absent record is an empty one). */
	constructor(contentFolder: string, overwrite: boolean) {
		this.overwrite = overwrite;
		this.path = join(contentFolder, '.learn-import.json');
		this.root = dirname(contentFolder);
		this.before = existsSync(this.path) ? readFileSync(this.path, 'utf8') : '';
		const parsed = RecordSchema.safeParse(this.before ? JSON.parse(this.before) : { files: {} });
		if (!parsed.success)
			throw new Error(
				`${relative(process.cwd(), this.path)}: not an import record (${parsed.error.issues[0]?.message}); delete it to start afresh`,
			);
		this.files = parsed.data.files;
	}

	/** Writes a file unless it already holds that content; refuses (throws EditedSinceImport) to replace an edited one. */
	write(target: string, data: string | Buffer): WriteOutcome {
		const key = relative(this.root, target).split('\\').join('/');
		const hash = sha256(data);
		let outcome: WriteOutcome = 'written';
		if (existsSync(target)) {
			const current = sha256(readFileSync(target));
			if (current === hash) outcome = 'unchanged';
			else if (this.files[key] === current) outcome = 'updated';
			else if (this.overwrite) outcome = 'overwritten';
			else throw new EditedSinceImport(relative(process.cwd(), target));
		}
		if (outcome !== 'unchanged') {
			mkdirSync(dirname(target), { recursive: true });
			writeFileSync(target, data);
		}
		this.files[key] = hash;
		return outcome;
	}

	/** Saves the record, only when it changed. */
	save(): void {
		const sorted = Object.fromEntries(
			Object.entries(this.files).sort(([a], [b]) => a.localeCompare(b)),
		);
		const text = `${JSON.stringify({ files: sorted }, null, '\t')}\n`;
		if (text === this.before || (this.before === '' && Object.keys(sorted).length === 0)) return;
		mkdirSync(dirname(this.path), { recursive: true });
		writeFileSync(this.path, text);
	}
}
