import { describe, expect, test } from 'vitest';
import {
	deploymentProblem,
	isDeploymentBuild,
	resolveSiteConfig,
} from '../../../src/site-config.ts';

describe('the site configuration', () => {
	test('with no file and no variables, a site has defaults only', () => {
		expect(resolveSiteConfig(undefined, {})).toEqual({ branch: 'main' });
	});

	test('reads site.config.yaml, and environment variables win over it', () => {
		const file =
			'origin: https://docs.example.com/\nrepository: https://github.com/owner/docs.git\nbranch: live\ntitle: Docs\n';
		expect(resolveSiteConfig(file, {})).toEqual({
			origin: 'https://docs.example.com',
			repository: 'https://github.com/owner/docs',
			branch: 'live',
			title: 'Docs',
		});
		expect(
			resolveSiteConfig(file, {
				SITE_URL: 'https://preview.example.com',
				REPOSITORY_BRANCH: 'main',
				SITE_TITLE: '',
			}),
		).toEqual({
			origin: 'https://preview.example.com',
			repository: 'https://github.com/owner/docs',
			branch: 'main',
			title: 'Docs',
		});
	});

	test('a bad value in the file is reported at its line, quoting it', () => {
		expect(() => resolveSiteConfig('branch: main\norigin: docs.example.com\n', {})).toThrow(
			'The site configuration is not valid:\nsite.config.yaml:2:9  error  field "origin": expected an origin such as https://docs.example.com (http or https, no path); got "docs.example.com"  (site-config)',
		);
		expect(() => resolveSiteConfig('products: [entra-id]\n', {})).toThrow(
			'site.config.yaml:1:11  error  unknown field "products"; remove it or fix the spelling  (site-config)',
		);
	});

	test('a bad environment variable is reported by name', () => {
		expect(() =>
			resolveSiteConfig(undefined, { SITE_URL: 'https://docs.example.com/en-us/' }),
		).toThrow(
			'The site configuration is not valid:\nenvironment variable SITE_URL: expected an origin such as https://docs.example.com (http or https, no path); got "https://docs.example.com/en-us/"',
		);
		expect(() =>
			resolveSiteConfig(undefined, { REPOSITORY_URL: 'git@github.com:owner/docs.git' }),
		).toThrow(
			'environment variable REPOSITORY_URL: expected the repository’s https address, such as https://github.com/owner/docs; got "git@github.com:owner/docs.git"',
		);
	});

	test('a build is for deployment under CI or with --production', () => {
		expect(isDeploymentBuild({})).toBe(false);
		expect(isDeploymentBuild({ CI: 'false' })).toBe(false);
		expect(isDeploymentBuild({ CI: '0' })).toBe(false);
		expect(isDeploymentBuild({ CI: 'true' })).toBe(true);
		expect(isDeploymentBuild({ CI: '1' })).toBe(true);
		expect(isDeploymentBuild({ SITE_PRODUCTION: '1' })).toBe(true);
	});

	test('a deployment build needs an origin; a local one does not', () => {
		expect(deploymentProblem({ branch: 'main' }, {})).toBeUndefined();
		expect(
			deploymentProblem({ branch: 'main', origin: 'https://docs.example.com' }, { CI: 'true' }),
		).toBeUndefined();
		expect(deploymentProblem({ branch: 'main' }, { CI: 'true' })).toBe(
			"This is a build for deployment (CI is set (CI=true)), but the site's origin is not set, so canonical, hreflang, sitemap and llms.txt URLs would point at http://localhost:4321. Set it in site.config.yaml (origin: https://docs.example.com) or with the SITE_URL environment variable.",
		);
	});
});
