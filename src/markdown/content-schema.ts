import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { alertTypes } from './remark-alerts.ts';

/**
 * What article HTML may hold, as an allowlist: the sanitizer (rehype-content-sanitize.ts) keeps
 * only these elements, attributes and URL schemes, and `npm run check` reports everything else at
 * its line with the same schema. It starts from GitHub's (hast-util-sanitize's `defaultSchema`)
 * and differs where a troubleshooting site needs it to:
 * - added: `figure`/`figcaption`, `caption`, `abbr`, `mark`, `small`, `u`, `wbr`, `cite`, `dfn`,
 *   `bdi`, `bdo`, `time` (Learn articles use them), and the markup our components and plugins
 *   write (alert and bilingual classes, code-link markers, `role="note"`);
 * - removed: form controls other than task-list checkboxes, `accessKey` and `tabIndex` (a page's
 *   keyboard order is the site's), presentational and form attributes;
 * - URLs: `href` may be http(s), mailto, tel, relative or a `#fragment`; `src`, `cite` and
 *   `longDesc` http(s) or relative;
 * - `id` and `name` are kept as written (Learn's `<a name="…">` anchors are link targets), so
 *   they are not prefixed the way GitHub prefixes them.
 */
/**
 * The ids the page around an article uses (skip link, labels, the search box and its shortcut):
 * an article may not take them, or it could steal a label or the keyboard shortcut. A browser
 * test checks this list against the built pages.
 */
export const layoutIds = [
	'main',
	'header-search',
	'search-query',
	'sidebar-title',
	'toc-title',
	'heading-link-label',
	'copy-link-label',
] as const;

/** Any value but a layout id. */
const notLayoutId = new RegExp(`^(?!(?:${layoutIds.join('|')})$)`);

export const contentSchema: Schema = {
	...defaultSchema,
	tagNames: [
		...(defaultSchema.tagNames ?? []),
		'abbr',
		'bdi',
		'bdo',
		'caption',
		'cite',
		'dfn',
		'figcaption',
		'figure',
		'mark',
		'small',
		'time',
		'u',
		'wbr',
	],
	// Elements whose content is not text a reader should see: removed with everything in them.
	strip: [
		'script',
		'style',
		'template',
		'svg',
		'math',
		'textarea',
		'title',
		'xmp',
		'noembed',
		'noframes',
		'plaintext',
		'iframe',
		'object',
		'select',
	],
	attributes: {
		...defaultSchema.attributes,
		'*': [
			'abbr',
			'align',
			'alt',
			'colSpan',
			'dateTime',
			'dir',
			'headers',
			'height',
			'hrefLang',
			['id', notLayoutId],
			'lang',
			'rowSpan',
			'scope',
			'span',
			'start',
			'title',
			'translate',
			'width',
			'ariaDescribedBy',
			'ariaLabel',
			'ariaLabelledBy',
		],
		// Not protocol-relative (`//host`, `/\\host`): such a link looks relative in a diff.
		a: [
			...(defaultSchema.attributes?.['a'] ?? []).filter((a) => a !== 'href'),
			['href', /^(?![/\\][/\\])/],
			['name', notLayoutId],
			['dataCodeLink', 'aadsts', 'oauth'],
		],
		div: [
			['className', 'alert', ...alertTypes.map((t) => `alert-${t}`)],
			['role', 'note'],
		],
		p: [['className', 'alert-title']],
		// The bilingual sentence is focusable, so keyboard readers can show its English source.
		span: [
			['className', 'sxs', 'sxs-translation', 'sxs-source'],
			['tabIndex', 0],
		],
		details: ['open'],
		input: [...(defaultSchema.attributes?.['input'] ?? []), ['checked', true]],
		ol: [...(defaultSchema.attributes?.['ol'] ?? []), 'reversed', 'type'],
		time: ['dateTime'],
		img: [
			...(defaultSchema.attributes?.['img'] ?? []).filter((a) => a !== 'src'),
			['src', /^(?![/\\][/\\])/],
			'loading',
		],
	},
	protocols: {
		href: ['http', 'https', 'mailto', 'tel'],
		src: ['http', 'https'],
		cite: ['http', 'https'],
		longDesc: ['http', 'https'],
	},
	clobber: [],
	clobberPrefix: '',
};

/** The HTML elements articles may use, for messages: `<a>, <abbr>, …`. */
export const allowedElementNames: readonly string[] = [...(contentSchema.tagNames ?? [])].sort();

/** The URL schemes each URL attribute allows, for messages. */
export const allowedSchemes = (attribute: string): readonly string[] =>
	contentSchema.protocols?.[attribute] ?? [];
