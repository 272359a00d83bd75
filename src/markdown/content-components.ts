import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { isLocale, localeIds, type Locale } from '../i18n/locales.ts';
import { alertTypes, type AlertType } from './remark-alerts.ts';
import { renderInlineMarkdown } from './sxs-english.ts';

/** The title of each alert type in each locale (the `alert.<type>` UI strings). */
export type AlertTitles = Record<Locale, Record<AlertType, string>>;

/** The attributes a writer gave a component: text, or `true` for a bare attribute. */
export type ComponentProps = Record<string, string | true>;

/** One component articles may use: what its attributes must be, and the HTML it becomes. */
export interface ContentComponent {
	/** Problems with the attributes as written, each a sentence naming the attribute. */
	check: (props: ComponentProps) => string[];
	/** The component's HTML around its (already converted) children. */
	build: (
		props: ComponentProps,
		children: ElementContent[],
		context: { locale: Locale | undefined; alertTitles: AlertTitles | undefined },
	) => Element;
}

const isAlertType = (value: unknown): value is AlertType =>
	(alertTypes as readonly unknown[]).includes(value);

/**
 * The components articles may use, by the name they are written with in MDX. Every article has
 * them without importing; the MDX safety check rejects any other component. They are plain HTML
 * (no script, no hydration), so an article renders once, when its file is compiled.
 */
export const contentComponents = {
	/**
	 * A Learn-style alert: `<Alert type="note">…</Alert>`, or `> [!NOTE]` in Markdown. Its title is
	 * in the language of the text around it (the file's locale, or `locale="…"`).
	 */
	Alert: {
		check: ({ type, locale }) => {
			const written = typeof type === 'string' ? ` type="${type}"` : '';
			const problems = isAlertType(type)
				? []
				: [
						`<Alert${written}>: expected type to be one of ${alertTypes.join(', ')}, such as type="note"`,
					];
			if (locale !== undefined && !(typeof locale === 'string' && isLocale(locale)))
				problems.push(
					`<Alert locale="${locale === true ? '' : locale}">: expected one of the site's locales (${localeIds.join(', ')}), or no locale for the file's own`,
				);
			return problems;
		},
		build: ({ type, locale }, children, context) => {
			const kind = isAlertType(type) ? type : 'note';
			const textLocale =
				typeof locale === 'string' && isLocale(locale) ? locale : (context.locale ?? 'en-us');
			return h('div', { class: `alert alert-${kind}`, role: 'note' }, [
				h('p', { class: 'alert-title' }, context.alertTitles?.[textLocale][kind] ?? kind),
				...children,
			]);
		},
	},
	/**
	 * One sentence of a bilingual (sxs) translation: `<Sxs en="English">translation</Sxs>`. The
	 * English shows on hover or keyboard focus, and under the sentence in side-by-side view, its
	 * inline Markdown formatted (bold, italics, code, links) and nothing else: no HTML, no MDX.
	 */
	Sxs: {
		check: ({ en }) =>
			typeof en === 'string' ? [] : ['<Sxs>: expected en="…" with the English source sentence'],
		build: ({ en }, children) => {
			const english = renderInlineMarkdown(typeof en === 'string' ? en : '');
			return h('span', { class: 'sxs', tabindex: '0' }, [
				h('span', { class: 'sxs-translation' }, children),
				h('span', { class: 'sxs-source', lang: 'en-US', dir: 'ltr' }, english),
			]);
		},
	},
} as const satisfies Record<string, ContentComponent>;

/** The name of a content component. */
export type ContentComponentName = keyof typeof contentComponents;

/** The names of the documented components. */
export const contentComponentNames = Object.keys(contentComponents) as ContentComponentName[];

/**
 * Tells whether a JSX name is one of the content components.
 * @example isContentComponent('Alert') // true
 */
export function isContentComponent(name: string): name is ContentComponentName {
	return Object.hasOwn(contentComponents, name);
}
