import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { formatDiagnostic, type Diagnostic } from '../content/diagnostics.ts';
import { localeOfContentPath } from '../content/paths.ts';
import { loadMentionContext } from '../reference/code-context.ts';
import type { MentionContext } from '../reference/mentions.ts';
import rehypeLearnAnchors from './rehype-learn-anchors.ts';
import remarkAlerts from './remark-alerts.ts';
import remarkLinkCodes from './remark-link-codes.ts';

let mentionContext: MentionContext | undefined;
/** Read once per build, on first use: the registry codes and the AADSTS codes with articles. */
const codesToLink = () => (mentionContext ??= loadMentionContext(process.cwd()));

/**
 * The remark plugins, in the order they run. GFM is registered here, not by Astro's built-in
 * switch (off in `astro.config.mjs`), so the whole pipeline is visible in one list.
 */
export const remarkPlugins: RemarkPlugins = [
	remarkGfm,
	[remarkAlerts, { localeOf: localeOfContentPath }],
	[remarkLinkCodes, { context: codesToLink, report: (d: Diagnostic) => console.warn(formatDiagnostic(d)) }],
];

/** The rehype plugins, in the order they run (before Astro adds heading ids). */
export const rehypePlugins: RehypePlugins = [rehypeLearnAnchors];
