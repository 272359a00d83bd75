// `npm run bench -- [--n 200] [--locales en-us,zh-cn,…] [--peer starlight[,starlight-small]] [--queries 10]
//   [--search-rounds 3] [--rebuild] [--determinism] [--json .bench/bench.json]`
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
	},
});
const n = Number(values.n);
const locales = values.locales.split(',');
const work = mkdtempSync(join(tmpdir(), `bench-${n}-`));
/** Where the bench measures what making a file costs (measure.mjs); the probes stay there. */
const probes = join(work, 'file-probes');
const astro = (dir) => [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'];

/** Whether a query of the set is a code (AADSTS, bare number or OAuth) rather than words. */
const isCode = (query) => /^(AADSTS)?\d+$|^[a-z]+(_[a-z]+)+$/.test(query);

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
	const build = await probedBuild(product.dir, [...astro(product.dir), '--force'], probes);
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
		row.rebuildOneChanged = await probedBuild(product.dir, astro(product.dir), probes);
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

const kib = (b) => (b / 1024).toFixed(1);

/** Median / p95 over the queries that are words, not codes (codes may be answered without full text). */
function wordsOnly(samples = []) {
	const ms = samples.filter((s) => !isCode(s.query)).map((s) => s.ms);
	return ms.length ? `${quantile(ms, 0.5)} / ${quantile(ms, 0.95)}` : 'n/a';
}

/** The medians of the search page's own marks over the full-text queries: ready/matched/excerpt/shown. */
function breakdown(samples = []) {
	const text = samples.filter((s) => s.marks?.['search:matched'] !== undefined);
	if (text.length === 0) return 'n/a';
	const median = (name) =>
		quantile(
			text.map((s) => s.marks[name]).filter((v) => v !== undefined),
			0.5,
		);
	return ['search:ready', 'search:matched', 'search:excerpt', 'search:shown'].map(median).join('/');
}
function print(rows) {
	const line = (cells) =>
		console.log(cells.map((c, i) => String(c).padEnd(i === 0 ? 26 : 18)).join(''));
	line(['', ...rows.map((r) => r.product)]);
	const metric = (name, get) => line([name, ...rows.map(get)]);
	metric('pages', (r) => r.pages);
	metric('build wall (s)', (r) => r.wallSeconds.toFixed(1));
	metric('build CPU (s)', (r) => r.cpuSeconds?.toFixed(1) ?? 'n/a');
	metric('  of which in kernel (s)', (r) => r.systemSeconds?.toFixed(1) ?? 'n/a');
	metric('making a file (µs CPU)', (r) => r.fileCreationMicros.join(' → '));
	metric('  waited for it (s)', (r) => r.waitedSeconds);
	metric('peak memory (MiB)', (r) => r.peakMemoryMiB ?? 'n/a');
	metric('output (MiB)', (r) => r.outputMiB);
	metric('search index (KiB)', (r) =>
		Object.entries(r.searchIndexKiB)
			.map(([l, k]) => `${l}:${k}`)
			.join(' '),
	);
	for (const kind of ['html', 'css', 'js'])
		metric(
			`article ${kind} raw/gzip (KiB)`,
			(r) => `${kib(r.articlePage[kind].raw)} / ${kib(r.articlePage[kind].gzip)}`,
		);
	const search = (pass, q) => (r) => r.firstSearchResultMs?.[pass][q] ?? 'n/a';
	metric('first result median (ms)', search('atOnce', 'median'));
	metric('first result p95 (ms)', search('atOnce', 'p95'));
	metric('  after 1 s open: median', search('afterOneSecond', 'median'));
	metric('  after 1 s open: p95', search('afterOneSecond', 'p95'));
	for (const pass of ['atOnce', 'afterOneSecond']) {
		const label = pass === 'atOnce' ? 'at once' : 'after 1 s';
		metric(`  words only (${label})`, (r) => wordsOnly(r.firstSearchResultMs?.[pass].samples));
		metric(`  where (${label})`, (r) => breakdown(r.firstSearchResultMs?.[pass].samples));
	}
	if (rows[0]?.rebuildOneChanged)
		metric('rebuild, 1 changed (s)', (r) =>
			r.rebuildOneChanged
				? `${r.rebuildOneChanged.wallSeconds.toFixed(1)} (file ${r.rebuildOneChanged.fileCreationMicros.join(' → ')} µs, waited ${r.rebuildOneChanged.waitedSeconds} s)`
				: '',
		);
	if (rows[0]?.differingFiles)
		metric('files differing, 2 builds', (r) => r.differingFiles?.length ?? '');
	const [a] = rows;
	for (const b of rows.slice(1)) {
		console.log(
			`\nratios (this project / ${b.product}): build wall ${(a.wallSeconds / b.wallSeconds).toFixed(2)}, peak memory ${a.peakMemoryMiB && b.peakMemoryMiB ? (a.peakMemoryMiB / b.peakMemoryMiB).toFixed(2) : 'n/a'}, article JS gzip ${(a.articlePage.js.gzip / Math.max(1, b.articlePage.js.gzip)).toFixed(2)}, CSS gzip ${(a.articlePage.css.gzip / Math.max(1, b.articlePage.css.gzip)).toFixed(2)}, first result median ${a.firstSearchResultMs && b.firstSearchResultMs ? (a.firstSearchResultMs.atOnce.median / b.firstSearchResultMs.atOnce.median).toFixed(2) : 'n/a'}`,
		);
	}
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
