// `npm run build`: builds into a fresh folder and replaces dist/ only when the whole build,
// checks and search indexes included, succeeded. A failed build leaves the previous site as it
// was and never a partial one.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';

const next = '.dist-next';
const old = '.dist-old';
rmSync(next, { recursive: true, force: true });
// `--production`: a build for deployment, which needs the site's origin (src/site-config.ts).
const args = process.argv.slice(2);
const production = args.includes('--production');
const env = production ? { ...process.env, SITE_PRODUCTION: '1' } : process.env;
const build = spawnSync('astro', ['build', '--outDir', next, ...args.filter((a) => a !== '--production')], { stdio: 'inherit', env, shell: process.platform === 'win32' });
if (build.status !== 0) {
	rmSync(next, { recursive: true, force: true });
	console.error('\nBuild failed: dist/ was left unchanged.');
	process.exit(build.status ?? 1);
}
rmSync(old, { recursive: true, force: true });
if (existsSync('dist')) renameSync('dist', old);
renameSync(next, 'dist');
rmSync(old, { recursive: true, force: true });
