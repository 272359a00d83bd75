import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

/** A static server started for one test file, on a port the system chose. */
export interface ServedSite {
	/** The origin, e.g. `http://localhost:41234`. */
	origin: string;
	close: () => void;
}

/**
 * Serves a built site (`<root>/dist`) with the project's static server on a free port, and
 * resolves once the server has said which port it listens on: no fixed ports, no sleeping.
 * @example const site = await serveSite(tempProject); await page.goto(`${site.origin}/en-us/`);
 */
export function serveSite(root: string): Promise<ServedSite> {
	const server: ChildProcess = spawn(process.execPath, [resolve('scripts/serve.mjs')], {
		cwd: root,
		env: { ...process.env, PORT: '0' },
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	return new Promise((done, fail) => {
		let output = '';
		server.stdout?.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			const port = /at http:\/\/localhost:(\d+)\//.exec(output)?.[1];
			if (port) done({ origin: `http://localhost:${port}`, close: () => server.kill() });
		});
		server.on('exit', (code) =>
			fail(new Error(`the static server for ${root} exited (${code}) before listening: ${output}`)),
		);
	});
}
