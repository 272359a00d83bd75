// `npm run bench -- [--n 200] [--locales en-us,zh-cn,…] [--peer starlight[,starlight-small]] [--queries 10]
//   [--search-rounds 3] [--rebuild] [--determinism] [--settle-limit 360] [--json .bench/bench.json]`
// Generates a deterministic synthetic corpus in a temporary folder (never content/), builds it
// with this project (and, with --peer starlight, with Starlight installed in a temporary folder
// of its own), and prints build time, CPU, peak memory, output and search index sizes, what an
// article page loads, and time to the first search result in Chromium.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { localeIds } from '../../src/i18n/locales.ts';
import { findChromium, missingChromiumMessage } from '../find-chromium.mjs';
import { codeOf, writeCorpus } from './corpus.mjs';
import {
	bytesOf,
	fingerprint,
	pageWeight,
	pagesOf,
	probedBuild,
	quantile,
	serve,
	timedBuild,
	typeToFirstResult,
} from './measure.mjs';
import { print } from './report.mjs';
import { setUpStarlight } from './starlight.mjs';
import { copyProject } from '../project-copy.mjs';

const { values } = parseArgs({
	options: {
		n: { type: 'string', default: '200' },
		locales: { type: 'string', default: localeIds.join(',') },
		peer: { type: 'string' },
		queries: { type: 'string', default: '12' },
		// Each round types the whole query set again, so the p95 is not merely the slowest query.
		'search-rounds': { type: 'string', default: '3' },
		rebuild: { type: 'boolean', default: false },
		determinism: { type: 'boolean', default: false },
		json: { type: 'string', default: '.bench/bench.json' },
		'skip-search': { type: 'boolean', default: false },
		// Seconds to wait at most, before a timed build, for making a file to be cheap (measure.mjs).
		'settle-limit': { type: 'string', default: '360' },
	},
});
const n = Number(values.n);
const locales = values.locales.split(',');
const settleSeconds = Number(values['settle-limit']);
if (!/^\d{1,4}$/.test(values['settle-limit']) || settleSeconds > 3600) {
	console.error(
		`--settle-limit expects whole seconds from 0 to 3600, not "${values['settle-limit']}"`,
	);
	process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), `bench-${n}-`));
/** Where the bench measures what making a file costs, and how long it waits (measure.mjs). */
const probing = { probes: join(work, 'file-probes'), settleSeconds };
const astro = (dir) => [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'];

/** The fixed query set: codes, bare numbers, OAuth codes and words, in several languages. */
function queries(count) {
	const list = [
		[locales[0], codeOf(1)],
		[locales[0], String(9_100_000 + Math.floor(n / 2))],
		[locales[0], 'invalid_grant'],
		[locales[0], 'certificate'],
		[locales[0], 'redirect reply'],
		[locales[0], 'consent_required'],
	];
	for (const [locale, word] of [
		['zh-cn', '令牌'],
		['ja-jp', 'トークン'],
		['de-de', 'Zertifikat'],
		['fr-fr', 'locataire'],
		['ar-sa', 'الشهادة'],
		['zh-cn', '租户'],
	])
		if (locales.includes(locale)) list.push([locale, word]);
	return list.slice(0, count);
}

/** The query set once per search round (`--search-rounds`). */
function rounds(list) {
	const count = Number(values['search-rounds']);
	if (!Number.isInteger(count) || count < 1)
		throw new Error(
			`--search-rounds expects a whole number of at least 1, not "${values['search-rounds']}"`,
		);
	return Array.from({ length: count }, () => list).flat();
}

/** This project: a copy of its code with the synthetic corpus as content. */
function setUpProduct() {
	const dir = copyProject(join(work, 'product'), ['content/reference']);
	writeCorpus(join(dir, 'content/articles'), n, locales);
	return {
		name: 'this project',
		dir,
		dist: join(dir, 'dist'),
		articlePath: `${locales[1] ?? locales[0]}/troubleshoot/synthetic-1/`,
		searchIndexes: Object.fromEntries(locales.map((l) => [l, join(dir, 'dist/pagefind', l)])),
		touch: join(dir, 'content/articles/en-us/synthetic-1.mdx'),
		async openSearch(page, base, locale) {
			await page.goto(`${base}/${locale}/search/`);
			await page.locator('#search-query').waitFor();
			return { input: '#search-query', result: 'ol[data-search-results] > li' };
		},
	};
}

/**
 * Typing to the first result over the query set, each query in a fresh browser context (nothing
 * cached): typed as soon as the search box shows, and typed once search has been open a second
 * (as when support staff keep it open).
 */
async function searchTimes(product, port) {
	const executablePath = findChromium();
	if (!executablePath) throw new Error(missingChromiumMessage);
	const server = serve(product.dist, port);
	await server.ready;
	const browser = await chromium.launch({
		executablePath,
		args: ['--no-sandbox', '--disable-background-networking'],
	});
	const times = { atOnce: [], afterOneSecond: [] };
	try {
		for (const [pass, delay] of [
			['atOnce', 0],
			['afterOneSecond', 1000],
		]) {
			for (const [locale, query] of rounds(queries(Number(values.queries)))) {
				const context = await browser.newContext();
				const page = await context.newPage();
				const { input, result } = await product.openSearch(
					page,
					`http://localhost:${port}`,
					locale,
				);
				if (delay) await page.waitForTimeout(delay);
				const { ms, marks } = await typeToFirstResult(page, input, result, query);
				times[pass].push({ locale, query, ms: Math.round(ms), marks });
				await context.close();
			}
		}
	} finally {
		await browser.close();
		server.stop();
	}
	const summary = (list) => ({
		median: Math.round(
			quantile(
				list.map((s) => s.ms),
				0.5,
			),
		),
		p95: Math.round(
			quantile(
				list.map((s) => s.ms),
				0.95,
			),
		),
		samples: list,
	});
	return { atOnce: summary(times.atOnce), afterOneSecond: summary(times.afterOneSecond) };
}

async function measure(product, port) {
	console.error(
		`\n== ${product.name}: building ${n} articles × ${locales.length} locales in ${product.dir}`,
	);
	const build = await probedBuild(product.dir, [...astro(product.dir), '--force'], probing);
	const row = {
		product: product.name,
		pages: pagesOf(product.dist),
		...build,
		outputMiB: +(bytesOf(product.dist) / 2 ** 20).toFixed(1),
		searchIndexKiB: Object.fromEntries(
			Object.entries(product.searchIndexes).map(([l, d]) => [l, Math.round(bytesOf(d) / 1024)]),
		),
		articlePage: pageWeight(product.dist, product.articlePath),
		firstSearchResultMs: values['skip-search'] ? undefined : await searchTimes(product, port),
	};
	if (values.rebuild) {
		writeFileSync(
			product.touch,
			readFileSync(product.touch, 'utf8').replace(
				/\n## /,
				'\nOne sentence changed for the rebuild.\n\n## ',
			),
		);
		row.rebuildOneChanged = await probedBuild(product.dir, astro(product.dir), probing);
	}
	if (values.determinism) {
		const first = fingerprint(product.dist);
		rmSync(product.dist, { recursive: true, force: true });
		timedBuild(product.dir, [...astro(product.dir), '--force']);
		const second = fingerprint(product.dist);
		row.differingFiles = [...new Set([...first.keys(), ...second.keys()])]
			.filter((f) => first.get(f) !== second.get(f))
			.sort();
	}
	return row;
}

const rows = [await measure(setUpProduct(), 4396)];
// `starlight`: its defaults (a sidebar of every page); `starlight-small`: a one-link sidebar, its
// best configuration for a large site. Both may be given: `--peer starlight,starlight-small`.
for (const peer of values.peer?.split(',') ?? []) {
	if (peer !== 'starlight' && peer !== 'starlight-small')
		throw new Error(`unknown peer "${peer}": expected starlight or starlight-small`);
	rows.push(
		await measure(setUpStarlight(n, locales, { smallSidebar: peer === 'starlight-small' }), 4397),
	);
}
print(rows);
mkdirSync(join(values.json, '..'), { recursive: true });
writeFileSync(values.json, `${JSON.stringify({ n, locales, rows }, null, '\t')}\n`);
console.error(`\nresults: ${values.json}; corpus and builds: ${work}`);
