import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

// Every command of the README answers an unknown option with what was wrong and its usage,
// exit status 2, and no stack trace.
const commands = [
	'check',
	'new',
	'translations',
	'impact',
	'l10n-export',
	'l10n-import',
	'import-learn',
];

for (const name of commands) {
	test(`npm run ${name} -- --bogus: the usage, not a stack trace`, () => {
		const result = spawnSync(process.execPath, [resolve(`src/cli/${name}.ts`), '--bogus'], {
			encoding: 'utf8',
		});
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(/^Unknown option '--bogus'.*\n(.*\n)*Usage: npm run /);
		expect(result.stderr).not.toMatch(/^\s+at /m);
	});
}
