/**
 * `npm run translations -- --mark-current <file>...`: records in each translation the content hash
 * of its current en-us source, once a translator has brought it up to date.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { locateContentFile } from '../content/paths.ts';
import { sourceLocale } from '../i18n/locales.ts';
import { hashSourceFile, setFrontMatterField } from '../translations/source-version.ts';

async function markCurrent(path: string): Promise<string> {
	const file = relative(process.cwd(), path).split('\\').join('/');
	const located = locateContentFile(file);
	if (!located) throw new Error(`${file}: expected a translation at content/articles/<locale>/<slug>.mdx`);
	if (located.locale === sourceLocale) throw new Error(`${file}: this is a source article; mark its translations instead`);
	const sourceFile = `content/articles/${sourceLocale}/${located.slug}.mdx`;
	const source = await readFile(sourceFile, 'utf8').catch(() => {
		throw new Error(`${file}: its source ${sourceFile} does not exist`);
	});
	const hash = hashSourceFile(sourceFile, source);
	await writeFile(path, setFrontMatterField(await readFile(path, 'utf8'), 'sourceHash', hash));
	return `${file}: sourceHash ${hash} (${sourceFile})`;
}

const { values, positionals } = parseArgs({ options: { 'mark-current': { type: 'boolean' } }, allowPositionals: true });
if (!values['mark-current'] || positionals.length === 0) {
	console.error('Usage: npm run translations -- --mark-current <translation.mdx>...');
	process.exitCode = 2;
} else {
	for (const path of positionals) {
		try {
			console.log(await markCurrent(path));
		} catch (error) {
			console.error((error as Error).message);
			process.exitCode = 1;
		}
	}
}
