import { z } from 'astro/zod';

/** An http(s) URL with nothing after its host: where the site is deployed. */
const origin = z
	.string({
		error: 'expected the origin the site is deployed at, such as https://docs.example.com',
	})
	.refine((value) => /^https?:\/\/[^/?#\s]+\/?$/.test(value) && URL.canParse(value), {
		error: 'expected an origin such as https://docs.example.com (http or https, no path)',
	})
	.transform((value) => value.replace(/\/$/, ''));

/** The web address of the site's repository on GitHub (or a host with GitHub's URL scheme). */
const repository = z
	.string({ error: 'expected the repository’s web address, such as https://github.com/owner/docs' })
	.refine(
		(value) => /^https:\/\/[^/?#\s]+\/[^/?#\s]+\/[^/?#\s]+?\/?$/.test(value) && URL.canParse(value),
		{
			error: 'expected the repository’s https address, such as https://github.com/owner/docs',
		},
	)
	.transform((value) => value.replace(/\/$/, '').replace(/\.git$/, ''));

/**
 * The site configuration (`site.config.yaml`, each field overridable by an environment variable,
 * see `siteConfigEnv`). Every field is optional: a site with none builds and serves locally.
 */
export const SiteConfigSchema = z.strictObject({
	/** Where the site is deployed; canonical, hreflang, sitemap and llms.txt URLs are made from it. Required for a deployment build. */
	origin: origin.optional(),
	/** The repository of the site's sources: "Edit this page" and "Report a problem" links; without it neither is shown. */
	repository: repository.optional(),
	/** The branch "Edit this page" opens files on. */
	branch: z
		.string({ error: 'expected a branch name such as main' })
		.regex(/^[^\s~^:?*[\\]+$/, { error: 'expected a branch name such as main' })
		.default('main'),
	/** The site's name in every language; without it each locale's `site.name` UI string is used. */
	title: z
		.string({ error: 'expected the site’s name as text' })
		.trim()
		.min(1, { error: 'expected the site’s name as text' })
		.optional(),
});

/** The site configuration, validated, with its defaults. */
export type SiteConfig = z.output<typeof SiteConfigSchema>;

/** The environment variable that overrides each field of the site configuration. */
export const siteConfigEnv = {
	origin: 'SITE_URL',
	repository: 'REPOSITORY_URL',
	branch: 'REPOSITORY_BRANCH',
	title: 'SITE_TITLE',
} as const satisfies Record<keyof SiteConfig, string>;
