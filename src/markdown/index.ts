import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { localeOfContentPath } from '../content/paths.ts';
import rehypeLearnAnchors from './rehype-learn-anchors.ts';
import remarkAlerts from './remark-alerts.ts';

/**
 * The remark plugins, in the order they run. GFM is registered here, not by Astro's built-in
 * switch (off in `astro.config.mjs`), so the whole pipeline is visible in one list.
 */
export const remarkPlugins: RemarkPlugins = [remarkGfm, [remarkAlerts, { localeOf: localeOfContentPath }]];

/** The rehype plugins, in the order they run (before Astro adds heading ids). */
export const rehypePlugins: RehypePlugins = [rehypeLearnAnchors];
