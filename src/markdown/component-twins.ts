import type { BlockContent, DefinitionContent, PhrasingContent, RootContent } from 'mdast';
import { isLocale, type Locale } from '../i18n/locales.ts';
import type { AlertTitles, ComponentProps, ContentComponentName } from './content-components.ts';
import { alertTypes, type AlertType } from './remark-alerts.ts';

/** What a component's twin needs besides its attributes and (already plain) children. */
export interface TwinContext {
	/** The locale of the text (the file's), for titles such as an alert's. */
	locale: Locale;
	alertTitles: AlertTitles;
}

/** Writes one content component as plain Markdown nodes. */
export type ComponentTwin = (
	props: ComponentProps,
	children: RootContent[],
	context: TwinContext,
) => RootContent[];

const isAlertType = (value: unknown): value is AlertType =>
	(alertTypes as readonly unknown[]).includes(value);
const isPhrasing = (node: RootContent): node is PhrasingContent =>
	[
		'text',
		'emphasis',
		'strong',
		'delete',
		'inlineCode',
		'link',
		'linkReference',
		'image',
		'imageReference',
		'break',
		'footnoteReference',
		'html',
	].includes(node.type);

/**
 * How each content component reads in a Markdown twin. A `Record` over every component name, so
 * a new component does not typecheck until it says how it is written as Markdown.
 */
export const componentTwins: Record<ContentComponentName, ComponentTwin> = {
	/** `<Alert type="tip">Sign out.</Alert>` → `> **Tip**` then the alert's text, quoted. */
	Alert: ({ type, locale }, children, context) => {
		const kind = isAlertType(type) ? type : 'note';
		const textLocale = typeof locale === 'string' && isLocale(locale) ? locale : context.locale;
		const title: BlockContent = {
			type: 'paragraph',
			children: [
				{
					type: 'strong',
					children: [{ type: 'text', value: context.alertTitles[textLocale][kind] }],
				},
			],
		};
		const body = children.every(isPhrasing)
			? [{ type: 'paragraph', children } as BlockContent]
			: (children as (BlockContent | DefinitionContent)[]);
		return [{ type: 'blockquote', children: [title, ...body] }];
	},
	/** `<Sxs en="English">translation</Sxs>` → the translation (the English is the source's text). */
	Sxs: (_props, children) => children,
};
