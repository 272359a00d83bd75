/**
 * `npm run check`: every check a build runs, without building — front matter, MDX syntax and
 * safety, links and anchors, unknown codes, the registry, UI strings, translation status.
 * Exit 1 on any error, 0 with warnings only.
 */
import { runChecks } from '../checks/index.ts';
import { formatReport } from '../checks/report.ts';
import { readArguments } from './lib/arguments.ts';

readArguments({ options: {}, allowPositionals: false }, 'Usage: npm run check   (checks every file of the project; it takes no arguments)');

const diagnostics = await runChecks(process.cwd());
for (const line of formatReport(diagnostics, { github: process.env.GITHUB_ACTIONS === 'true' })) console.log(line);
process.exitCode = diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
