import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostic } from './diagnostics/diagnostics.ts';
import { parseYaml, validateYaml } from './diagnostics/yaml-diagnostics.ts';
import { SiteConfigSchema, siteConfigEnv, type SiteConfig } from './site-config-schema.ts';

/** The site configuration file, at the project's root. */
const siteConfigFile = 'site.config.yaml';

/** Where the origin of a local build points when none is configured. */
const localOrigin = 'http://localhost:4321';

/** The environment a configuration is read with (`process.env` by default). */
export type Env = Record<string, string | undefined>;

/**
 * Reads the site configuration: `site.config.yaml` (if there is one), then the environment
 * variables of `siteConfigEnv`, which win; empty variables count as unset. Throws one message
 * listing every problem, as `file:line:col` for the file and by variable for the environment.
 * @example resolveSiteConfig('origin: https://docs.example.com\n', {}).origin // 'https://docs.example.com'
 */
export function resolveSiteConfig(text: string | undefined, env: Env): SiteConfig {
	const problems: string[] = [];
	let written: Record<string, unknown> = {};
	if (text !== undefined && text.trim() !== '') {
		const { parsed, diagnostics } = parseYaml({ file: siteConfigFile, text, rule: 'site-config' });
		const { data, diagnostics: invalid } = parsed
			? validateYaml(parsed, SiteConfigSchema)
			: { data: undefined, diagnostics: [] };
		problems.push(...[...diagnostics, ...invalid].map(formatDiagnostic));
		if (parsed && data) written = parsed.doc.toJS() as Record<string, unknown>;
	}
	const fromEnv = Object.fromEntries(
		Object.entries(siteConfigEnv).flatMap(([field, name]) =>
			env[name] ? [[field, env[name]]] : [],
		),
	);
	const result = SiteConfigSchema.safeParse({ ...written, ...fromEnv });
	if (!result.success && problems.length === 0) {
		for (const issue of result.error.issues) {
			const name = siteConfigEnv[String(issue.path[0]) as keyof typeof siteConfigEnv];
			problems.push(
				`environment variable ${name}: ${issue.message}; got ${JSON.stringify(env[name])}`,
			);
		}
	}
	if (problems.length > 0 || !result.success)
		throw new Error(`The site configuration is not valid:\n${problems.join('\n')}`);
	return result.data;
}

/**
 * Tells whether a build is for deployment: under CI (`CI` set to anything but "false" or "0"),
 * or with `npm run build -- --production` (which sets `SITE_PRODUCTION=1`).
 */
export function isDeploymentBuild(env: Env): boolean {
	const ci = env.CI?.trim().toLowerCase();
	return Boolean(ci && ci !== 'false' && ci !== '0') || env.SITE_PRODUCTION === '1';
}

/**
 * Why a deployment build cannot go on, or undefined when it can: it needs the site's origin,
 * which every absolute URL of the site is made from.
 */
export function deploymentProblem(config: SiteConfig, env: Env): string | undefined {
	if (!isDeploymentBuild(env) || config.origin) return undefined;
	const why = env.SITE_PRODUCTION === '1' ? '--production was given' : `CI is set (CI=${env.CI})`;
	return `This is a build for deployment (${why}), but the site's origin is not set, so canonical, hreflang, sitemap and llms.txt URLs would point at ${localOrigin}. Set it in ${siteConfigFile} (origin: https://docs.example.com) or with the SITE_URL environment variable.`;
}

let loaded: SiteConfig | undefined;

/** The project's site configuration, read once from `site.config.yaml` and `process.env`. */
export function siteConfig(): SiteConfig {
	const file = join(process.cwd(), siteConfigFile);
	loaded ??= resolveSiteConfig(
		existsSync(file) ? readFileSync(file, 'utf8') : undefined,
		process.env,
	);
	return loaded;
}

/** The origin absolute URLs are made from: the configured one, else `http://localhost:4321`. */
export function siteOrigin(): string {
	return siteConfig().origin ?? localOrigin;
}

/**
 * The URL that opens a file of the repository in its web editor, or undefined with no repository.
 * @example editUrl('content/articles/en-us/aadsts50000.mdx') // 'https://github.com/…/edit/main/content/articles/en-us/aadsts50000.mdx'
 */
export function editUrl(file: string): string | undefined {
	const { repository, branch } = siteConfig();
	return repository && `${repository}/edit/${branch}/${file}`;
}

/**
 * The site's name: the configured title, else the locale's own name for it.
 * @example siteTitle(t('site.name')) // 'Sign-in Troubleshooter'
 */
export function siteTitle(localized: string): string {
	return siteConfig().title ?? localized;
}
