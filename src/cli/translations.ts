/**
 * `npm run translations`: the state of every translation (source, current, outdated, fallback),
 * its type (HT/MT) and age, with totals — the terminal twin of /<locale>/translation-status/.
 * `npm run translations -- --mark-current <file>...` records in each translation the content hash
 * of its current en-us source, once a translator has brought it up to date.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { lstat } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';
import { loadProject } from '../build/project.ts';
import { versionsOf } from '../checks/rules/translation-status.ts';
import { parseLearnDate } from '../content/article-meta.ts';
import { lastCommitDate } from '../content/git-history.ts';
import { locateContentFile } from '../content/paths.ts';
import { localeIds, sourceLocale } from '../i18n/locales.ts';
import { hashSourceFile, setFrontMatterField } from '../translations/source-version.ts';
import { countStates, translationStatuses } from '../translations/status.ts';
import { readArguments } from './lib/arguments.ts';
import { articleSourcePath } from '../content/article-files.ts';

const usage =
	'Usage: npm run translations                                   the state of every translation\n       npm run translations -- --mark-current <translation.mdx>...   record that translations are up to date';

async function markCurrent(path: string): Promise<string> {
	const file = relative(process.cwd(), path).split('\\').join('/');
	const located =
		/^content\/articles\/[^/]+\/[^/]+\.mdx$/.test(file) && !isAbsolute(file)
			? locateContentFile(file)
			: undefined;
	if (!located)
		throw new Error(
			`${path}: expected a translation of this project, at content/articles/<locale>/<slug>.mdx`,
		);
	if ((await lstat(path).catch(() => undefined))?.isFile() !== true)
		throw new Error(`${file}: expected an existing file (not a link)`);
	if (located.locale === sourceLocale)
		throw new Error(`${file}: this is a source article; mark its translations instead`);
	const sourceFile = articleSourcePath(sourceLocale, located.slug);
	const source = await readFile(sourceFile, 'utf8').catch(() => {
		throw new Error(`${file}: its source ${sourceFile} does not exist`);
	});
	const hash = hashSourceFile(sourceFile, source);
	// Quoted: a hash such as 9373048239e53598 would otherwise be read by YAML as a number.
	await writeFile(
		path,
		setFrontMatterField(await readFile(path, 'utf8'), 'sourceHash', `"${hash}"`),
	);
	return `${file}: sourceHash ${hash} (${sourceFile})`;
}

async function printStatus(): Promise<void> {
	const project = await loadProject(process.cwd());
	const articles = project.articles.filter((a) => a.locale && a.data);
	const statuses = translationStatuses(versionsOf(project));
	const days = (locale: string, slug: string) => {
		const article = articles.find((a) => a.locale === locale && a.slug === slug);
		const date =
			article && (lastCommitDate(article.file) ?? parseLearnDate(article.data!['ms.date']));
		return date ? `${Math.max(0, Math.round((Date.now() - date.getTime()) / 86_400_000))}d` : '';
	};
	const slugs = [...new Set(statuses.map((s) => s.slug))];
	const width = Math.max(7, ...slugs.map((s) => s.length));
	const cell = (text: string) => text.padEnd(20);
	console.log(`${'article'.padEnd(width)}  ${localeIds.map(cell).join('')}`);
	for (const slug of slugs) {
		const cells = localeIds.map((locale) => {
			const s = statuses.find((x) => x.locale === locale && x.slug === slug);
			return cell(
				s
					? [s.state, s.type ?? '', s.state === 'fallback' ? '' : days(locale, slug)]
							.filter(Boolean)
							.join(' ')
					: '',
			);
		});
		console.log(`${slug.padEnd(width)}  ${cells.join('')}`);
	}
	const totals = countStates(statuses);
	console.log(
		`\n${totals.current} current, ${totals.outdated} outdated, ${totals.fallback} not translated (fallback), ${totals.source} sources`,
	);
	for (const s of statuses.filter((x) => x.state === 'outdated')) {
		const sections = s.changedSections
			? ` (sections changed: ${s.changedSections.map((c) => c.title || 'introduction').join(', ')})`
			: '';
		console.log(`outdated: ${articleSourcePath(s.locale, s.slug)}${sections}`);
	}
}

const { values, positionals } = readArguments(
	{ options: { 'mark-current': { type: 'boolean' } }, allowPositionals: true },
	usage,
);
if (!values['mark-current'] && positionals.length > 0) {
	console.error(
		`unexpected ${positionals.join(' ')}: files are given only with --mark-current\n${usage}`,
	);
	process.exitCode = 2;
} else if (values['mark-current']) {
	if (positionals.length === 0) {
		console.error(usage);
		process.exitCode = 2;
	}
	for (const path of positionals) {
		try {
			console.log(await markCurrent(path));
		} catch (error) {
			console.error((error as Error).message);
			process.exitCode = 1;
		}
	}
} else {
	await printStatus();
}
