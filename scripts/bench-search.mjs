// `npm run bench:search`: search index size per language, and time to the first search result in
// Chromium over the fixed query set (tests/search-queries.json), median and p95. Needs a built
// site in dist/; serves it on a free loopback port. Results also go to .bench/search.json.
import { readFileSync, readdirSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium, missingChromiumMessage } from './find-chromium.mjs';

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const port = Number(process.env.BENCH_PORT ?? 4390);
const queries = JSON.parse(readFileSync('tests/search-queries.json', 'utf8'));

/** Bytes of every file below a folder, and of the index proper (without Pagefind's UI files). */
function sizeOf(folder) {
	let total = 0;
	let index = 0;
	for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const bytes = statSync(join(entry.parentPath, entry.name)).size;
		total += bytes;
		if (!/-ui\.(js|css)$|highlight\.js$/.test(entry.name)) index += bytes;
	}
	return { total, index };
}

const quantile = (values, q) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};

const executablePath = findChromium();
if (!executablePath) {
	console.error(missingChromiumMessage);
	process.exit(1);
}
const server = spawn(process.execPath, ['scripts/serve.mjs'], {
	env: { ...process.env, PORT: String(port) },
	stdio: 'ignore',
});
await new Promise((resolve) => setTimeout(resolve, 500));
const browser = await chromium.launch({
	executablePath,
	args: ['--no-sandbox', '--disable-background-networking'],
});
const timings = [];
try {
	for (let round = 0; round < rounds; round++) {
		for (const { locale, query } of queries) {
			// A fresh context per query: nothing cached, as for a reader arriving from a link.
			const context = await browser.newContext();
			const page = await context.newPage();
			await page.goto(`http://localhost:${port}/${locale}/search/?q=${encodeURIComponent(query)}`);
			await page.waitForFunction(
				() => performance.getEntriesByName('search-first-result').length > 0,
				null,
				{ timeout: 10000 },
			);
			timings.push(
				await page.evaluate(() => performance.getEntriesByName('search-first-result')[0].startTime),
			);
			await context.close();
		}
	}
} finally {
	await browser.close();
	server.kill();
}

const languages = readdirSync('dist/pagefind').sort();
const sizes = Object.fromEntries(languages.map((l) => [l, sizeOf(join('dist/pagefind', l))]));
const result = {
	queries: queries.length,
	rounds,
	firstResultMs: {
		median: Math.round(quantile(timings, 0.5)),
		p95: Math.round(quantile(timings, 0.95)),
	},
	indexBytes: sizes,
};
console.log('Search index size per language (KiB): index / with Pagefind UI files');
for (const [l, s] of Object.entries(sizes))
	console.log(
		`  ${l.padEnd(6)} ${(s.index / 1024).toFixed(0).padStart(6)} / ${(s.total / 1024).toFixed(0)}`,
	);
console.log(
	`Time to first result, ${timings.length} page loads (${queries.length} queries × ${rounds}): median ${result.firstResultMs.median} ms, p95 ${result.firstResultMs.p95} ms`,
);
mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/search.json', `${JSON.stringify(result, null, '\t')}\n`);
