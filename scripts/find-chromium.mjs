// Finds a Chromium that is already installed: this project never downloads browsers.
// As a script it prints the path, or how to get one and exits 1.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const systemPaths = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
];

/** The path of an installed Chromium: $CHROMIUM_PATH, a system one, or one Playwright installed. */
export function findChromium() {
	const candidates = [process.env.CHROMIUM_PATH, ...systemPaths, playwrightChromium()];
	return candidates.find((path) => path && existsSync(path));
}

function playwrightChromium() {
	try {
		const { chromium } = createRequire(import.meta.url)('playwright-core');
		return chromium.executablePath();
	} catch {
		return undefined;
	}
}

export const missingChromiumMessage = [
	'No Chromium found for the browser tests. Install one of:',
	'  - the system package:   sudo apt-get install chromium   (Debian/Ubuntu)',
	"  - Playwright's build:  npx playwright install chromium",
	'or point CHROMIUM_PATH at a Chromium or Chrome executable.',
].join('\n');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const path = findChromium();
	if (path) {
		console.log(`Chromium: ${path}`);
	} else {
		console.error(missingChromiumMessage);
		process.exitCode = 1;
	}
}
