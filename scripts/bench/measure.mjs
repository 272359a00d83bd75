// Measurements shared by the benchmark's products: timed builds, folder sizes, page weight,
// time to the first search result in Chromium.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';

/** Runs a build, timed: wall and CPU seconds and peak memory (GNU time where present). */
export function timedBuild(cwd, args, env = {}) {
	const time = existsSync('/usr/bin/time')
		? ['/usr/bin/time', ['-f', 'BENCH %e %U %S %M', process.execPath, ...args]]
		: [process.execPath, args];
	const started = performance.now();
	const result = spawnSync(time[0], time[1], {
		cwd,
		env: { ...process.env, ...env },
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	const wall = (performance.now() - started) / 1000;
	if (result.status !== 0)
		throw new Error(`build failed in ${cwd}:\n${(result.stderr || result.stdout).slice(-3000)}`);
	const line = /BENCH ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(result.stderr ?? '');
	return {
		wallSeconds: Number(line?.[1] ?? wall),
		cpuSeconds: line ? Number(line[2]) + Number(line[3]) : undefined,
		systemSeconds: line ? Number(line[3]) : undefined,
		peakMemoryMiB: line ? Math.round(Number(line[4]) / 1024) : undefined,
	};
}

/**
 * What making a file costs the machine now, in microseconds of CPU: 1,000 empty files in a new
 * folder below `probes`, which are left there. On a file system like this machine's (ext4 without
 * a journal), the kernel avoids giving a new file the inode of a file deleted in the last minute
 * (six, while the inode's table block is not yet written back), and checks the candidates one by
 * one: after a build's output was deleted, making a file can cost most of a millisecond instead
 * of 20 µs, for minutes. Deleting the probe's files would bring that about for the build it is
 * measuring.
 */
function fileCreationMicros(probes) {
	const probe = join(probes, String(probed.length));
	mkdirSync(probe, { recursive: true });
	const before = process.cpuUsage();
	for (let i = 0; i < 1000; i++) writeFileSync(join(probe, String(i)), '');
	const used = process.cpuUsage(before);
	const micros = Math.round((used.user + used.system) / 1000);
	probed.push(micros);
	return micros;
}
/** What each probe of this run measured, in order. */
const probed = [];

/** Making a file costs less than this (µs of CPU) on this machine when nothing was deleted lately. */
const settledMicros = 100;

/**
 * Whether making a file is cheap, at `micros`: under 100 µs, or within a quarter of the
 * cheapest an earlier probe of this run measured (a machine whose files never cost under
 * 100 µs then waits once, for its first build, not before each).
 */
function isSettled(micros, earlier) {
	return micros < settledMicros || (earlier.length > 0 && micros <= 1.25 * Math.min(...earlier));
}

/**
 * Waits until making a file is cheap (`isSettled` against the probes before this wait, not its
 * own: in a slow period they agree), `limitSeconds` at most, probing every ten seconds. So each
 * product's build starts from the same state of the file system, whatever was deleted before
 * it. Returns the seconds waited and what making a file cost at the end.
 */
async function settle(probes, limitSeconds) {
	const started = performance.now();
	const left = () => limitSeconds * 1000 - (performance.now() - started);
	const earlier = [...probed];
	let micros = fileCreationMicros(probes);
	while (!isSettled(micros, earlier) && left() > 0) {
		await sleep(Math.min(10_000, left()));
		micros = fileCreationMicros(probes);
	}
	return { waitedSeconds: Math.round((performance.now() - started) / 1000), micros };
}

/**
 * `timedBuild` once the file system settled (`settle`, probing in `probes`, waiting
 * `settleSeconds` at most), with what making a file cost just before and after it and the
 * seconds waited for it to settle.
 */
export async function probedBuild(cwd, args, { probes, settleSeconds }) {
	const { waitedSeconds, micros } = await settle(probes, settleSeconds);
	const build = timedBuild(cwd, args);
	return { ...build, waitedSeconds, fileCreationMicros: [micros, fileCreationMicros(probes)] };
}

/** Every file below a folder, with its size. */
export function filesOf(dir) {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => ({
			path: join(e.parentPath, e.name),
			bytes: statSync(join(e.parentPath, e.name)).size,
		}));
}

export const bytesOf = (dir) =>
	existsSync(dir) ? filesOf(dir).reduce((sum, f) => sum + f.bytes, 0) : 0;
export const pagesOf = (dist) => filesOf(dist).filter((f) => f.path.endsWith('.html')).length;

/** A content hash of every file of a build, for comparing two builds byte for byte. */
export function fingerprint(dist) {
	return new Map(
		filesOf(dist).map((f) => [
			f.path.slice(dist.length),
			createHash('sha256').update(readFileSync(f.path)).digest('hex'),
		]),
	);
}

/**
 * What an article page loads before search is opened: its HTML, the stylesheets it links and the
 * scripts it runs (external and inline), raw and gzipped.
 */
export function pageWeight(dist, pagePath) {
	const html = readFileSync(join(dist, pagePath, 'index.html'), 'utf8');
	const asset = (url) => readFileSync(join(dist, url.split('?')[0]));
	const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) =>
		asset(m[1]),
	);
	css.push(...[...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => Buffer.from(m[1])));
	const js = [...html.matchAll(/<script[^>]*src="([^"]+)"[^>]*>/g)]
		.filter((m) => !m[1].includes('pagefind'))
		.map((m) => asset(m[1]));
	js.push(
		...[
			...html.matchAll(
				/<script(?![^>]*src=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g,
			),
		].map((m) => Buffer.from(m[1])),
	);
	// Module scripts import others: count what they import statically, once.
	const seen = new Set();
	for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g))
		collectImports(dist, m[1], seen, js);
	const sum = (buffers) => ({
		raw: buffers.reduce((s, b) => s + b.length, 0),
		gzip: buffers.reduce((s, b) => s + gzipSync(b).length, 0),
	});
	return { html: sum([Buffer.from(html)]), css: sum(css), js: sum(js) };
}

function collectImports(dist, url, seen, out) {
	if (seen.has(url)) return;
	seen.add(url);
	const path = join(dist, url);
	if (!existsSync(path)) return;
	const text = readFileSync(path, 'utf8');
	for (const m of text.matchAll(/(?:^|[;\s])import\s*(?:[^'"]*?from\s*)?["']([^"']+)["']/g)) {
		const next = new URL(m[1], `http://x${url}`).pathname;
		if (!seen.has(next) && existsSync(join(dist, next))) {
			out.push(readFileSync(join(dist, next)));
			collectImports(dist, next, seen, out);
		}
	}
}

export const quantile = (values, q) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted.length
		? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
		: undefined;
};

/**
 * Time from typing a query to its first result in the page, measured in the page itself: the
 * query is put in the box as one input event (as a paste is) and a MutationObserver notes when
 * the first result element is in the document, so neither Playwright's typing nor its polling
 * is counted. The same for every product. Returns the time and the page's performance marks.
 */
export function typeToFirstResult(page, inputSelector, resultSelector, query) {
	return page.evaluate(
		({ inputSelector, resultSelector, query }) =>
			new Promise((resolve, reject) => {
				const input = document.querySelector(inputSelector);
				if (!input) return reject(new Error(`no ${inputSelector} on the page`));
				let start = 0;
				const observer = new MutationObserver(() => {
					if (!document.querySelector(resultSelector)) return;
					observer.disconnect();
					const ms = performance.now() - start;
					// The page's own marks (search:…), first of each after typing, as time since typing.
					const marks = {};
					for (const m of performance.getEntriesByType('mark'))
						if (m.name === 'search:ready' || (m.startTime >= start && !(m.name in marks)))
							marks[m.name] = Math.round(m.startTime - start);
					resolve({ ms, marks });
				});
				observer.observe(document.body, { childList: true, subtree: true });
				setTimeout(
					() => reject(new Error(`no ${resultSelector} 15 s after typing "${query}"`)),
					15000,
				);
				input.focus();
				input.value = query;
				start = performance.now();
				input.dispatchEvent(new Event('input', { bubbles: true }));
			}),
		{ inputSelector, resultSelector, query },
	);
}

/** Serves a folder on a loopback port with the project's static server. */
export function serve(dist, port) {
	const server = spawn(process.execPath, ['scripts/serve.mjs'], {
		env: { ...process.env, DIST_DIR: dist, PORT: String(port) },
		stdio: 'ignore',
	});
	return { stop: () => server.kill(), ready: new Promise((done) => setTimeout(done, 600)) };
}
