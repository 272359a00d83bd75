// The benchmark's peer: Starlight with its defaults (and its Pagefind search), installed in a
// temporary folder outside the repository and given the same synthetic corpus as this project.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from './corpus.mjs';

/** Installs Astro and Starlight into dir with npm, unless they are already there. */
export function installStarlight(dir) {
	if (existsSync(join(dir, 'node_modules/@astrojs/starlight'))) return;
	mkdirSync(dir, { recursive: true });
	writeFileSync(
		join(dir, 'package.json'),
		JSON.stringify({
			name: 'bench-starlight',
			private: true,
			type: 'module',
			dependencies: { astro: '7.3.5', '@astrojs/starlight': '0.42.4' },
		}),
	);
	const install = spawnSync('npm', ['install', '--no-audit', '--no-fund'], {
		cwd: dir,
		stdio: 'inherit',
	});
	if (install.status !== 0) throw new Error('could not install Starlight in a temporary folder');
}

/** Clears the last site in dir and writes a fresh one: config, content collection and corpus. */
function writeSite(site, n, locales, smallSidebar) {
	for (const old of ['src', 'dist', '.astro', 'node_modules/.astro'])
		rmSync(join(site, old), { recursive: true, force: true });
	mkdirSync(join(site, 'src'), { recursive: true });
	const starlightLocales = Object.fromEntries(
		locales.map((l) => [
			l,
			{ label: l, lang: l.replace(/-(\w+)$/, (_m, r) => `-${r.toUpperCase()}`) },
		]),
	);
	// A one-link sidebar spares Starlight a sidebar of every page on every page.
	const sidebar = smallSidebar ? `, sidebar: [{ label: 'Home', link: '/${locales[0]}/' }]` : '';
	writeFileSync(
		join(site, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Bench', defaultLocale: '${locales[0]}', locales: ${JSON.stringify(starlightLocales)}${sidebar} })] });\n`,
	);
	writeFileSync(
		join(site, 'src/content.config.ts'),
		"import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
	);
	writeCorpus(
		join(site, 'src/content/docs'),
		n,
		locales,
		(locale, slug) => join(site, 'src/content/docs', locale, 'troubleshoot', `${slug}.mdx`),
		false,
	);
}

/**
 * Starlight with its defaults (and its Pagefind search), installed outside the repository; with
 * `smallSidebar`, a sidebar of one link instead of every page.
 */
export function setUpStarlight(n, locales, { smallSidebar = false } = {}) {
	const dir = join(tmpdir(), 'bench-peer-starlight');
	installStarlight(dir);
	// Built where it is installed: Vite must see Starlight's modules inside the project root.
	const site = dir;
	writeSite(site, n, locales, smallSidebar);
	return {
		name: smallSidebar ? 'Starlight, small sidebar' : 'Starlight 0.42',
		dir: site,
		dist: join(site, 'dist'),
		articlePath: `${locales[1] ?? locales[0]}/troubleshoot/synthetic-1/`,
		searchIndexes: { all: join(site, 'dist/pagefind') },
		touch: join(site, 'src/content/docs', locales[0], 'troubleshoot/synthetic-1.mdx'),
		async openSearch(page, base, locale) {
			await page.goto(`${base}/${locale}/troubleshoot/synthetic-0/`);
			// The search button does nothing until Starlight's <site-search> element is defined.
			await page.waitForFunction(() => customElements.get('site-search'));
			await page.locator('button[data-open-modal]').first().click();
			await page.locator('.pagefind-ui__search-input').waitFor();
			return { input: '.pagefind-ui__search-input', result: '.pagefind-ui__result' };
		},
	};
}
