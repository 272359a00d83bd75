/**
 * `npm run new -- <slug> [--locale <locale>]`: scaffolds a source article (en-us), or a
 * translation of an existing one with its source hash and `ms.contentlocale` set.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { isLocale, localeIds, sourceLocale } from '../i18n/locales.ts';
import { learnToday, sourceTemplate, translationTemplate } from './lib/scaffold.ts';
import { readArguments } from './lib/arguments.ts';
import { articleSourcePath, slugPattern } from '../content/article-files.ts';

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

const { values, positionals } = readArguments(
	{ options: { locale: { type: 'string', default: sourceLocale } }, allowPositionals: true },
	'Usage: npm run new -- <slug> [--locale <locale>]',
);
const [slug] = positionals;
const locale = values.locale ?? sourceLocale;
if (!slug || positionals.length > 1)
	fail(
		'Usage: npm run new -- <slug> [--locale <locale>]   for example: npm run new -- aadsts700016 --locale ja-jp',
	);
if (!slugPattern.test(slug))
	fail(
		`"${slug}" is not a valid slug: use lowercase letters, digits and single hyphens, such as aadsts700016`,
	);
if (!isLocale(locale))
	fail(
		`unknown locale "${locale}": expected one of ${localeIds.join(', ')} (declared in src/i18n/locales.ts)`,
	);
const file = articleSourcePath(locale, slug);
if (existsSync(file)) fail(`${file} already exists: edit it instead`);
const sourceFile = articleSourcePath(sourceLocale, slug);
if (locale !== sourceLocale && !existsSync(sourceFile))
	fail(`${sourceFile} does not exist: write the source article first (npm run new -- ${slug})`);
const text =
	locale === sourceLocale
		? sourceTemplate(slug, learnToday())
		: translationTemplate(sourceFile, readFileSync(sourceFile, 'utf8'), locale);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, text);
console.log(
	`Created ${file}${locale === sourceLocale ? '' : `: translate the title, description and body; it records the source version it starts from`}.`,
);
