import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';
import { findChromium, missingChromiumMessage } from './scripts/find-chromium.mjs';

const executablePath = findChromium();
if (!executablePath) throw new Error(missingChromiumMessage);

/** A port free now, chosen by the system: the run's one static server listens on it. */
function freePort(): string {
	const script =
		"const s = require('node:net').createServer().listen(0, () => { console.log(s.address().port); s.close(); })";
	return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}
// Set once, in the runner: the workers it starts inherit it, so every spec talks to one server.
process.env.E2E_PORT ??= freePort();
const port = Number(process.env.E2E_PORT);
// The sites the specs build themselves get the test site configuration too (variables already set win).
process.loadEnvFile('tests/site.env');

/** Browser tests run against the built site (dist/), served as a static host would. */
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: Boolean(process.env.CI),
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		browserName: 'chromium',
		launchOptions: {
			executablePath,
			// This machine's network is closed: keep Chromium from calling home.
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
			],
		},
	},
	webServer: {
		command: 'node scripts/serve.mjs',
		env: { PORT: String(port) },
		url: `http://localhost:${port}/en-us/`,
		reuseExistingServer: !process.env.CI,
	},
});
