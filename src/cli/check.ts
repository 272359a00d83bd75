/**
 * `npm run check`: every check a build runs, without building — front matter, MDX syntax and
 * safety, vocabularies, placeholder text, links and anchors, unknown codes, the registry, UI
 * strings, translation status. Exit 1 on any error, 0 with warnings only; 2 on a usage error.
 * A warning that repeats is summarized in one line; `--rule <rule>` lists one rule's problems,
 * `--all` every problem. Under GitHub Actions each problem is also an annotation; with
 * `--diff-base <ref>`, only problems on lines the change touched are annotated.
 */
import { changedLinesSince } from '../checks/diff-lines.ts';
import { readArguments } from './lib/arguments.ts';
import { runChecks } from '../build/project.ts';
import { quietLines } from '../diagnostics/quiet.ts';
import { annotation, formatReport } from '../diagnostics/report.ts';

const usage = 'Usage: npm run check -- [--all] [--rule <rule>] [--diff-base <git ref>]';
const { values: options } = readArguments(
	{
		options: {
			all: { type: 'boolean' },
			rule: { type: 'string' },
			'diff-base': { type: 'string' },
		},
	},
	usage,
);

const all = await runChecks(process.cwd());
const diagnostics = options.rule ? all.filter((d) => d.rule === options.rule) : all;
const report = formatReport(diagnostics, { github: false });
const summary = report.at(-1) ?? '';
const lines = options.all || options.rule ? report.slice(0, -1) : quietLines(diagnostics);
for (const line of lines) console.log(line);
if (process.env.GITHUB_ACTIONS === 'true') {
	const touched = options['diff-base']
		? changedLinesSince(process.cwd(), options['diff-base'])
		: undefined;
	for (const d of diagnostics)
		if (!touched || touched.get(d.file)?.has(d.line)) console.log(annotation(d));
}
if (lines.length > 0 && lines.at(-1) !== '') console.log('');
console.log(options.rule ? `${summary} (rule ${options.rule})` : summary);
process.exitCode = all.some((d) => d.severity === 'error') ? 1 : 0;
