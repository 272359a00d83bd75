import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorCodesOf } from '../content/article-meta.ts';
import { articlesDir } from '../content/article-files.ts';
import { validateFrontMatter } from '../content/front-matter.ts';
import { sourceLocale } from '../i18n/locales.ts';
import { loadRegistry } from './load-registry.ts';
import type { MentionContext } from './mentions.ts';

/**
 * The codes that articles link: the registry's OAuth codes and the AADSTS codes of the en-us
 * articles (each leads to its article's slug). An invalid registry links nothing: the build has
 * already stopped on its errors.
 */
export function loadMentionContext(root: string): MentionContext {
	const { loaded } = loadRegistry(root);
	const articles = new Map<string, string>();
	const folder = join(root, articlesDir, sourceLocale);
	for (const name of readdirSync(folder).filter((n) => n.endsWith('.mdx')).sort()) {
		const slug = name.replace(/\.mdx$/, '');
		const { data } = validateFrontMatter(name, readFileSync(join(folder, name), 'utf8'));
		for (const code of errorCodesOf(data ?? {}, slug)) if (!articles.has(code)) articles.set(code, slug);
	}
	return {
		oauthCodes: new Set(loaded?.registry.codes.map((c) => c.code) ?? []),
		ignored: new Set(Object.keys(loaded?.registry.unregistered ?? {})),
		articles,
	};
}
