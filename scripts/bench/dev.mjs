// `npm run bench:dev -- [--rounds 5]`
// Dev server speed, side by side with Starlight: this project's dev server on a copy of the
// project, and Starlight 0.42's on the same 12 en-us articles (installed in a temporary folder of
// its own), each with the article open in Chromium. One round appends a sentence to the article's
// body and times from the write until the open page shows it; rounds alternate between the two
// servers, and the medians are printed. Never touches content/.
import { spawn } from 'node:child_process';
import {
	appendFileSync,
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { chromium } from '@playwright/test';
import { findChromium, missingChromiumMessage } from '../find-chromium.mjs';
import { quantile } from './measure.mjs';
import { installStarlight } from './starlight.mjs';
import { copyProject } from '../project-copy.mjs';

const usage = 'Usage: npm run bench:dev -- [--rounds 5]';
let rounds;
try {
	rounds = Number(
		parseArgs({ options: { rounds: { type: 'string', default: '5' } }, strict: true }).values
			.rounds,
	);
} catch (error) {
	console.error(`${error.message}\n${usage}`);
	process.exit(2);
}
if (!Number.isInteger(rounds) || rounds < 1) {
	console.error(`--rounds expects a whole number of at least 1\n${usage}`);
	process.exit(2);
}
const root = resolve('.');
const slug = 'aadsts50011';

/** A copy of this project in a temporary folder. */
function setUpOurs() {
	const dir = copyProject(mkdtempSync(join(tmpdir(), 'bench-dev-ours-')), ['content']);
	return {
		name: 'this project',
		dir,
		astro: join(root, 'node_modules/astro/bin/astro.mjs'),
		file: join(dir, `content/articles/en-us/${slug}.mdx`),
		path: `/en-us/troubleshoot/${slug}/`,
	};
}

/** Starlight with its defaults and the project's 12 en-us articles, installed outside the repository. */
function setUpStarlight() {
	const dir = join(tmpdir(), 'bench-dev-starlight');
	installStarlight(dir);
	for (const old of ['src', 'dist', '.astro', 'node_modules/.astro'])
		rmSync(join(dir, old), { recursive: true, force: true });
	const docs = join(dir, 'src/content/docs/en-us/troubleshoot');
	mkdirSync(docs, { recursive: true });
	for (const name of readdirSync(join(root, 'content/articles/en-us')))
		cpSync(join(root, 'content/articles/en-us', name), join(docs, name));
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		"import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Bench', defaultLocale: 'en-us', locales: { 'en-us': { label: 'English', lang: 'en-US' } } })] });\n",
	);
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		"import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
	);
	return {
		name: 'Starlight 0.42',
		dir,
		astro: join(dir, 'node_modules/astro/bin/astro.mjs'),
		file: join(docs, `${slug}.mdx`),
		path: `/en-us/troubleshoot/${slug}/`,
	};
}

/** Starts `astro dev` on a free port; resolves with its origin once it listens. */
function startDev(site) {
	const server = spawn(process.execPath, [site.astro, 'dev', '--port', '0'], {
		cwd: site.dir,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	return new Promise((done, fail) => {
		let output = '';
		const listen = (chunk) => {
			output += stripVTControlCharacters(chunk.toString());
			const port = /Local\s+http:\/\/localhost:(\d+)\//.exec(output)?.[1];
			if (port) done({ ...site, origin: `http://localhost:${port}`, server });
		};
		server.stdout.on('data', listen);
		server.stderr.on('data', listen);
		server.on('exit', (code) =>
			fail(new Error(`${site.name}: astro dev exited (${code}) before listening:\n${output}`)),
		);
	});
}

/** Appends a sentence to the article and times until the open page shows it. */
async function oneEdit(site, page, round) {
	const marker = `Edited in round ${round} at ${Date.now()}.`;
	const started = performance.now();
	appendFileSync(site.file, `\n\n${marker}\n`);
	await page.getByText(marker).waitFor({ timeout: 60_000 });
	return performance.now() - started;
}

const executablePath = findChromium();
if (!executablePath) throw new Error(missingChromiumMessage);
const sites = [];
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
	for (const site of [setUpOurs(), setUpStarlight()]) {
		const running = await startDev(site);
		const original = readFileSync(site.file, 'utf8');
		const page = await browser.newPage();
		await page.goto(`${running.origin}${site.path}`);
		// The first request compiles the page; one warm-up edit, not counted.
		await oneEdit(running, page, 0);
		sites.push({ ...running, page, original, times: [] });
	}
	for (let round = 1; round <= rounds; round++) {
		for (const site of sites) site.times.push(await oneEdit(site, site.page, round));
	}
	console.log(
		`Body edit → the open page shows it (${rounds} rounds, alternating; ${new Date().toISOString()})`,
	);
	for (const site of sites)
		console.log(
			`  ${site.name.padEnd(16)} median ${Math.round(quantile(site.times, 0.5))} ms   (${site.times.map((t) => Math.round(t)).join(', ')} ms)`,
		);
} finally {
	for (const site of sites) {
		writeFileSync(site.file, site.original);
		site.server.kill();
	}
	await browser.close();
	for (const site of sites)
		if (site.dir.includes('bench-dev-ours-')) rmSync(site.dir, { recursive: true, force: true });
}
