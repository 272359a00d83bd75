import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * Reads a command's arguments (strictly, as parseArgs does by default): an unknown option or a missing value prints what was
 * wrong and the usage, and exits with status 2 (no stack trace).
 * @example const { values } = readArguments({ options: { force: { type: 'boolean' } } }, 'Usage: npm run x [-- --force]');
 */
export function readArguments<T extends ParseArgsConfig>(
	config: T,
	usage: string,
): ReturnType<typeof parseArgs<T>> {
	try {
		return parseArgs(config);
	} catch (error) {
		console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
		process.exit(2);
	}
}
