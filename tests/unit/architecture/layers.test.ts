import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const configFile = join(root, '.dependency-cruiser.cjs');
const depcruise = join(root, 'node_modules/.bin/depcruise');
const { layers } = createRequire(import.meta.url)(configFile) as { layers: string[][] };

interface Violation {
	from: string;
	to: string;
	rule: { name: string };
	cycle?: { name: string }[];
}

/** The violations of the layering rules in a project folder, as dependency-cruiser reports them. */
function violationsIn(folder: string): Violation[] {
	let output: string;
	try {
		output = execFileSync(depcruise, ['src', '--config', configFile, '--output-type', 'json'], {
			cwd: folder,
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		});
	} catch (error) {
		// depcruise exits non-zero when it finds violations; its report is still on stdout.
		output = String((error as { stdout?: unknown }).stdout ?? '');
		if (!output.trim()) throw error;
	}
	return (JSON.parse(output) as { summary: { violations: Violation[] } }).summary.violations;
}

/** The layer (index in `layers`) of a path below src/, if it is in a layered folder. */
function layerOf(path: string): number | undefined {
	const folder = /^src\/([^/]+)\//.exec(path)?.[1];
	const index = layers.findIndex((layer) => folder !== undefined && layer.includes(folder));
	return index === -1 ? undefined : index;
}

/** What to do about a violation, said to the person who wrote the import. */
function fixIt(v: Violation): string {
	if (v.rule.name === 'no-file-circles') {
		const cycle = [v.from, ...(v.cycle ?? []).map((step) => step.name)].join(' → ');
		return `${cycle}: these modules import each other. Move what both need (often a type) into a module that neither imports, such as the folder's types.ts.`;
	}
	const from = /^src\/([^/]+)\//.exec(v.from)?.[1];
	const to = /^src\/([^/]+)\//.exec(v.to)?.[1];
	return `${v.from} imports ${v.to}, but src/${to}/ is not below src/${from}/ in the layers of .dependency-cruiser.cjs. Move what ${v.from} needs into src/${from}/ or a lower folder (a type can live where it is first needed), or move ${v.from} up to the layer that uses both.`;
}

/** The imports of an .astro file's script (dependency-cruiser does not read .astro files). */
function astroImports(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	return [
		...text.matchAll(/\bimport\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/g),
	].map((m) => relative(root, resolve(dirname(file), m[1] ?? '')));
}

function astroFiles(folder: string): string[] {
	return readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.astro'))
		.map((name) => join(folder, name));
}

const scratch: string[] = [];
afterAll(() => {
	for (const folder of scratch) rmSync(folder, { recursive: true, force: true });
});

describe('the folders of src/ form layers', () => {
	test('no module imports a folder above its own, and no modules import each other', () => {
		expect(violationsIn(root).map(fixIt)).toEqual([]);
	});

	test('.astro files import only their own layer and the layers below', () => {
		const problems = astroFiles(join(root, 'src')).flatMap((file) => {
			const here = layerOf(relative(root, file));
			return astroImports(file).flatMap((target) => {
				const there = layerOf(target);
				const sameFolder = target.split('/')[1] === relative(root, file).split('/')[1];
				if (here === undefined || there === undefined || sameFolder || there < here) return [];
				return [
					`${relative(root, file)} imports ${target}, which is not below it in the layers of .dependency-cruiser.cjs`,
				];
			});
		});
		expect(problems).toEqual([]);
	});

	test('an import up the layers, and a circle, are reported with what to do', () => {
		const folder = mkdtempSync(join(tmpdir(), 'layers-'));
		scratch.push(folder);
		const write = (path: string, text: string) => {
			mkdirSync(dirname(join(folder, path)), { recursive: true });
			writeFileSync(join(folder, path), text);
		};
		write(
			'tsconfig.json',
			'{ "compilerOptions": { "allowImportingTsExtensions": true, "noEmit": true } }',
		);
		write('src/build/pipeline.ts', "export const step = 'compile';\n");
		write(
			'src/content/reader.ts',
			"import { step } from '../build/pipeline.ts';\nexport const read = step;\n",
		);
		write('src/checks/a.ts', "import type { B } from './b.ts';\nexport type A = { b?: B };\n");
		write('src/checks/b.ts', "import type { A } from './a.ts';\nexport type B = { a?: A };\n");
		expect(violationsIn(folder).map(fixIt).sort()).toEqual([
			"src/checks/a.ts → src/checks/b.ts → src/checks/a.ts: these modules import each other. Move what both need (often a type) into a module that neither imports, such as the folder's types.ts.",
			'src/content/reader.ts imports src/build/pipeline.ts, but src/build/ is not below src/content/ in the layers of .dependency-cruiser.cjs. Move what src/content/reader.ts needs into src/content/ or a lower folder (a type can live where it is first needed), or move src/content/reader.ts up to the layer that uses both.',
		]);
	});
});
