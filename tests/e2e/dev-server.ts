import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { copyProject } from '../../scripts/project-copy.mjs';

/** `astro dev` on a copy of the project, on a port the system chose. */
export interface DevServer {
	/** The copy's folder: tests edit its content. */
	root: string;
	/** The origin, e.g. `http://localhost:41234`. */
	origin: string;
	/** What the server has printed so far (colours removed): a failing test shows it. */
	output: () => string;
	/** Stops the server, waits for it to exit, then removes the copy. */
	close: () => Promise<void>;
}

/**
 * Copies the project (content, sources, config) to a temporary folder and starts the dev server
 * there on a free port; resolves once the server has said where it listens. The copy is removed
 * on close (after the server has exited), so tests can edit content freely.
 * @example const dev = await startDevServer(); await page.goto(`${dev.origin}/en-us/`);
 */
export function startDevServer(): Promise<DevServer> {
	const root = copyProject(mkdtempSync(join(tmpdir(), 'dev-server-')), ['content']);
	const server: ChildProcess = spawn(
		process.execPath,
		[resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--port', '0'],
		{
			cwd: root,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	// The server writes its caches into the copy until it has exited: removing the folder any
	// earlier races those writes (ENOTEMPTY).
	const exited = new Promise<void>((ended) => server.once('exit', () => ended()));
	const close = async () => {
		if (server.exitCode === null && server.signalCode === null) server.kill();
		await exited;
		rmSync(root, { recursive: true, force: true, maxRetries: 5 });
	};
	return new Promise((done, fail) => {
		let output = '';
		const listen = (chunk: Buffer) => {
			// Colours (escape sequences) may sit between "Local" and the URL.
			output += stripVTControlCharacters(chunk.toString());
			const port = /Local\s+http:\/\/localhost:(\d+)\//.exec(output)?.[1];
			if (port) done({ root, origin: `http://localhost:${port}`, output: () => output, close });
		};
		server.stdout?.on('data', listen);
		server.stderr?.on('data', listen);
		server.on('exit', (code) =>
			fail(new Error(`the dev server in ${root} exited (${code}) before listening: ${output}`)),
		);
	});
}
