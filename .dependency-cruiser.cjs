/**
 * The layers of src/, lowest first. A folder may import its own files and the folders of lower
 * layers, never a folder of its own layer or of a higher one: so no two folders import each
 * other, directly or through others. `npm run layers` and tests/unit/architecture/layers.test.ts
 * run these rules; README's "Project layout" says what each folder does.
 */
const layers = [
	['diagnostics'],
	['i18n'],
	['routing'],
	['content'],
	['reference'],
	['markdown'],
	['translations'],
	['search'],
	['checks'],
	['build'],
	['page-data'],
	['twins', 'l10n', 'importer'],
	['client'],
	['components'],
	['layouts'],
	['pages', 'cli'],
];

const folders = (list) => `^src/(${list.join('|')})/`;

/** One rule per folder: what it must not import. */
const layerRules = layers
	.flatMap((layer, index) =>
		layer.map((folder) => {
			const above = [...layer.filter((peer) => peer !== folder), ...layers.slice(index + 1).flat()];
			return {
				name: `layer-${folder}`,
				severity: 'error',
				comment: `src/${folder}/ may import only ${index === 0 ? 'packages' : `src/{${layers.slice(0, index).flat().join(',')}}/`}`,
				from: { path: folders([folder]) },
				to: { path: folders(above) },
			};
		}),
	)
	.filter((rule) => rule.to.path !== '^src/()/');

module.exports = {
	forbidden: [
		{
			name: 'no-file-circles',
			severity: 'error',
			comment: 'no module imports one that imports it back, type-only imports included',
			from: { path: '^src/' },
			to: { circular: true },
		},
		...layerRules,
	],
	options: {
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		doNotFollow: { path: 'node_modules' },
		exclude: { path: 'node_modules' },
		includeOnly: '^src/',
	},
};

// For the test's check of .astro files, which dependency-cruiser does not read (not enumerable:
// the configuration itself admits no other keys).
Object.defineProperty(module.exports, 'layers', { value: layers, enumerable: false });
