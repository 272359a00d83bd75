// `npm run build`: builds into a fresh folder and replaces dist/ only when the whole build,
// checks and search indexes included, succeeded. A failed build leaves the previous site as it
// was and never a partial one.
//
// Astro builds in this process (its JavaScript API), not in a child process: stopping this
// script stops the build, and nothing goes on writing after it. Each build writes to a folder of
// its own (.dist-next-<pid>), so one left by a build that was killed never gets in the way; the
// next build removes it.
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { build } from 'astro';

const usage =
	"Usage: npm run build [-- --force] [--production]\n  --force       build every article again, ignoring the build cache\n  --production  a build for deployment: the site's origin must be set (site.config.yaml or SITE_URL)";

let options;
try {
	options = parseArgs({
		options: {
			force: { type: 'boolean' },
			production: { type: 'boolean' },
			help: { type: 'boolean', short: 'h' },
		},
		strict: true,
		allowPositionals: false,
	}).values;
} catch (error) {
	console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
	process.exit(2);
}
if (options.help) {
	console.log(usage);
	process.exit(0);
}

/** Tells whether a process is running (a build that left its folder may still be). */
function isRunning(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return error.code === 'EPERM';
	}
}

/** Removes the folders of earlier builds that did not finish (and whose process is gone). */
function removeLeftovers() {
	for (const name of readdirSync('.')) {
		const pid = /^\.dist-next(?:-(\d+))?$/.exec(name)?.[1];
		if (pid === undefined && name !== '.dist-next') continue;
		if (pid !== undefined && isRunning(Number(pid))) continue;
		try {
			rmSync(name, { recursive: true, force: true, maxRetries: 3 });
		} catch (error) {
			console.warn(
				`Could not remove ${name}, left by a build that did not finish (${error.code}); it does not affect this build.`,
			);
		}
	}
}

// `--production`: a build for deployment, which needs the site's origin (src/site-config.ts).
if (options.production) process.env.SITE_PRODUCTION = '1';

const next = `.dist-next-${process.pid}`;
const old = `.dist-old-${process.pid}`;
removeLeftovers();
try {
	await build({ outDir: next, ...(options.force ? { force: true } : {}) });
} catch (error) {
	rmSync(next, { recursive: true, force: true, maxRetries: 3 });
	// Content errors were logged above with their file and line; other failures say what broke.
	console.error(
		`\n${error instanceof Error ? error.message : String(error)}\nBuild failed: dist/ was left unchanged.`,
	);
	process.exit(1);
}
if (existsSync('dist')) renameSync('dist', old);
renameSync(next, 'dist');
rmSync(old, { recursive: true, force: true });
// Astro's build leaves handles open (its Vite server's watchers) that would keep the process up.
process.exit(0);
