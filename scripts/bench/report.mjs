// The bench's report: one column per product, then the ratios of this project to each peer.
import { quantile } from './measure.mjs';

/** Whether a query of the set is a code (AADSTS, bare number or OAuth) rather than words. */
const isCode = (query) => /^(AADSTS)?\d+$|^[a-z]+(_[a-z]+)+$/.test(query);

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

/** Prints the table of `rows` (this project first) and the ratios to each peer. */
export function print(rows) {
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
