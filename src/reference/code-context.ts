import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorCodesOf } from '../content/article-meta.ts';
import { articlesDir } from '../content/article-files.ts';
import { validateFrontMatter } from '../content/front-matter.ts';
import type { ArticleFrontMatter } from '../content/front-matter-schema.ts';
import { sourceLocale } from '../i18n/locales.ts';
import { loadRegistry, type LoadedRegistry } from './load-registry.ts';
import type { MentionContext } from './mentions.ts';

/**
 * The codes that articles link: the registry's OAuth codes (its unregistered vendor codes are
 * known but never linked) and the AADSTS codes of the en-us articles, each leading to its
 * article's slug. Without a valid registry nothing is linked: the build has stopped on its errors.
 * @example mentionContextOf(loaded, [{ slug: 'aadsts50011', data: {} }]).articles.get('AADSTS50011') // 'aadsts50011'
 */
export function mentionContextOf(
	registry: LoadedRegistry | undefined,
	sources: readonly { slug: string; data?: Partial<ArticleFrontMatter> | undefined }[],
): MentionContext {
	const articles = new Map<string, string>();
	for (const { slug, data } of sources)
		for (const code of errorCodesOf(data ?? {}, slug))
			if (!articles.has(code)) articles.set(code, slug);
	return {
		oauthCodes: new Set(registry?.registry.codes.map((c) => c.code) ?? []),
		ignored: new Set(Object.keys(registry?.registry.unregistered ?? {})),
		articles,
		...(registry ? {} : { registryUnavailable: true }),
	};
}

/** The mention context read from a project folder (for the Markdown pipeline and back-links). */
export function loadMentionContext(root: string): MentionContext {
	const folder = join(root, articlesDir, sourceLocale);
	const sources = readdirSync(folder)
		.filter((n) => n.endsWith('.mdx'))
		.sort()
		.map((name) => ({
			slug: name.replace(/\.mdx$/, ''),
			data: validateFrontMatter(
				`${articlesDir}/${sourceLocale}/${name}`,
				readFileSync(join(folder, name), 'utf8'),
			).data,
		}));
	return mentionContextOf(loadRegistry(root).loaded, sources);
}
