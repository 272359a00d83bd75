/**
 * One query, from what was typed to the rows shown, in stages that only ever add rows below
 * the ones already shown: exact codes (from the list of codes, at once), then the pages that
 * match every word, then pages that match some words, terms or spellings, then, on a
 * non-English site, English pages for a query in Latin letters that found little.
 */
import type { Locale } from '../i18n/locales.ts';
import { codeTargetUrl, type CodeTarget } from '../routing/urls.ts';
import { findCodes, type KnownCodes } from './code-query.ts';
import { searchText, type Row } from './full-text.ts';
import { typedForm } from './normalize.ts';
import { isLatinQuery, queryWords, withoutCaseValues, withoutIds } from './query-parse.ts';
import { queryUnits, type Terminology } from './terminology.ts';
import { needsWiderSearch, searchWider } from './wider-search.ts';

/** What a query runs with. */
export interface QueryRun {
	query: string;
	/** The page's locale and the locales searched (one, or every one). */
	locale: string;
	locales: readonly string[];
	/** The language (`de`) of each locale. */
	languageOf: (locale: string) => string;
	filters: Record<string, string[]>;
	known: Promise<KnownCodes>;
	terminology: Readonly<Record<string, Terminology>>;
}

/** The source language, searched as well for pasted English on other sites. */
const english = 'en-us';

/** Below this many results in the page's language, a Latin-script query also searches English. */
const fewResults = 3;

/** The rows for the codes of a query: one per article about the code, or its reference entry. */
export function pinnedRows(
	targets: readonly CodeTarget[],
	locale: string,
	titles: ReadonlyMap<string, string>,
): Row[] {
	return targets.flatMap((target) => {
		const targetsOfCode =
			target.kind === 'article'
				? [target, ...(target.also ?? []).map((slug) => ({ ...target, slug }))]
				: [target];
		return targetsOfCode.map((one) => {
			const url = codeTargetUrl(one, locale as Locale);
			return { url, title: titles.get(url) ?? one.code, locale, kind: one.kind, exact: true };
		});
	});
}

/**
 * Rows in stage order, each page once. From stage `otherLanguageFrom` on (the English pages
 * searched for a non-English site), a page whose path is already listed in another language
 * is left out: it is the same article.
 * @example mergeRows([[{ url: '/de-de/a/', … }], [{ url: '/en-us/a/', … }]], 1) // the German row only
 */
export function mergeRows(
	stages: readonly (readonly Row[])[],
	otherLanguageFrom = stages.length,
): Row[] {
	const seen = new Set<string>();
	const paths = new Set<string>();
	const rows: Row[] = [];
	stages.forEach((stage, index) => {
		for (const row of stage) {
			const path = row.url.replace(/^\/[^/]+\//, '/');
			if (seen.has(row.url) || (index >= otherLanguageFrom && paths.has(path))) continue;
			seen.add(row.url);
			paths.add(path);
			rows.push(row);
		}
	});
	return rows;
}

/**
 * Runs a query, calling `onRows` with every row found so far (and `done` at the end). Stops
 * adding rows once `stale()` says a newer query has started.
 */
export async function runQuery(
	run: QueryRun,
	onRows: (rows: Row[], done: boolean) => void,
	stale: () => boolean,
): Promise<void> {
	const text = withoutCaseValues(run.query) || typedForm(run.query);
	const stages: Row[][] = [[], [], [], []];
	const titles = () => new Map(stages.flat().map((row) => [row.url, row.title]));
	let exact: CodeTarget[] = [];
	const render = (done = false) =>
		stale() || onRows(mergeRows([pinnedRows(exact, run.locale, titles()), ...stages], 3), done);
	// An exact code match needs only the list of codes: it shows while the full-text index loads.
	const pinning = run.filters.kind?.length
		? Promise.resolve()
		: run.known.then((codes) => {
				exact = findCodes(withoutIds(run.query), codes);
				if (exact.length > 0) render();
			});
	const words = queryWords(run.query, run.languageOf(run.locale));
	const intoStage = (stage: number) => (rows: Row[]) => {
		stages[stage] = rows;
		render();
	};
	stages[0] = await searchText(text, run.locales, run.locale, run.filters, intoStage(0), words);
	await pinning;
	for (const locale of run.locales) {
		if (stale()) return;
		await widerIn(locale, run.filters, run, stages, 1, render);
	}
	const own = stages.flat().filter((row) => row.locale === run.locale).length + exact.length;
	if (needsEnglish(run, text, own) && !stale()) {
		const kindOnly = run.filters.kind ? { kind: run.filters.kind } : {};
		stages[2] = await searchText(text, [english], english, kindOnly, intoStage(2), words);
		await widerIn(english, kindOnly, run, stages, 3, render);
	}
	render(true);
}

/**
 * Whether a query on a non-English site also searches English: it searches the page's language
 * only, found few rows there, and is written in Latin script (an error message pasted in English).
 */
function needsEnglish(run: QueryRun, text: string, found: number): boolean {
	return (
		run.locale !== english && run.locales.length === 1 && found < fewResults && isLatinQuery(text)
	);
}

/** The wider search of one locale into `stages[stage]`, after the rows of every stage so far. */
async function widerIn(
	locale: string,
	filters: Record<string, string[]>,
	run: QueryRun,
	stages: Row[][],
	stage: number,
	render: () => void,
): Promise<void> {
	const units = queryUnits(run.query, run.languageOf(locale), run.terminology[locale] ?? []);
	if (!needsWiderSearch(units)) return;
	const shown = new Set(stages.flat().flatMap((row) => (row.id ? [row.id] : [])));
	const before = stages[stage] ?? [];
	const rows = await searchWider(units, locale, filters, shown, (found) => {
		stages[stage] = [...before, ...found];
		render();
	});
	stages[stage] = [...before, ...rows];
}
