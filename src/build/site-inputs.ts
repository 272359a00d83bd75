import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { filesBelow } from './files-below.ts';
import { siteConfigEnv } from '../site-config-schema.ts';

/**
 * What every page may read besides the articles: the project's code, its packages, its
 * configuration, the static files and every content file that is not an article (the registry,
 * its explanations, the terminology lists, the import record).
 */
const siteInputs = [
	'src',
	'public',
	'content',
	'astro.config.mjs',
	'package.json',
	'package-lock.json',
	'tsconfig.json',
	'site.config.yaml',
];

/** The environment variables the site's configuration reads. */
const siteEnv = [...Object.values(siteConfigEnv), 'CI', 'SITE_PRODUCTION'];

/** A site input's files, relative to `root`: a file, or those below a folder but the articles (each page names those it reads). */
function filesOf(root: string, path: string): string[] {
	const full = join(root, path);
	if (!existsSync(full)) return [];
	if (!statSync(full).isDirectory()) return [path];
	return filesBelow(full)
		.map((file) => `${path}/${file}`)
		.filter((file) => !file.startsWith('content/articles/'));
}

/**
 * A hash of everything a page may read besides the articles (`siteInputs`, the environment
 * variables of the site's configuration, the build's `settings`, and the Node.js that renders:
 * its locale data formats the dates): when it changes, every page is rendered again.
 * @example siteInputsKey(process.cwd(), { site: 'https://docs.example.com' }) // 'e3b0c442…'
 */
export function siteInputsKey(
	root: string,
	settings: unknown = null,
	env: NodeJS.ProcessEnv = process.env,
): string {
	const hash = createHash('sha256')
		.update(`${process.version} icu ${process.versions.icu ?? ''}\n`)
		.update(`${JSON.stringify(settings)}\n`);
	for (const file of siteInputs.flatMap((path) => filesOf(root, path)))
		hash
			.update(`${file}\n`)
			.update(readFileSync(join(root, file)))
			.update('\n');
	for (const name of siteEnv) hash.update(`${name}=${env[name] ?? ''}\n`);
	return hash.digest('hex');
}
