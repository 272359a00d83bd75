import { z } from 'astro/zod';
import { AadstsCodeSchema, OAuthCodeSchema } from '../content/front-matter-schema.ts';

/** Where a code is returned: the endpoint or flow whose error response carries it. */
export const returnedByValues = [
	'authorization-endpoint',
	'token-endpoint',
	'resource-server',
	'device-flow',
	'revocation-endpoint',
	'registration-endpoint',
] as const;

/** An https URL: registry links are shown on every entry page, so nothing else is accepted. */
const HttpsUrlSchema = z.url({
	protocol: /^https$/,
	error: 'expected an https URL, such as https://www.rfc-editor.org/rfc/rfc6749',
});

/**
 * Text written by us for readers (explanations): plain text in which `backticks` mark code, so
 * no HTML tags, and backticks in pairs (one alone would turn the rest of the text into code).
 */
const ReaderTextSchema = z
	.string({ error: 'expected text' })
	.refine((text) => !/<[a-zA-Z!/?]/.test(text), {
		error: 'expected plain text: HTML tags are not shown as markup; mark code with `backticks`',
	})
	.refine((text) => (text.match(/`/g)?.length ?? 0) % 2 === 0, {
		error: 'expected `backticks` in pairs: one is not closed',
	});

/** A section number as text, such as "4.1.2.1". */
const SectionSchema = z
	.string({
		error:
			'expected the section number as quoted text, such as "5.2" (a bare 5.2 is read as a number)',
	})
	.regex(/^\d+(\.\d+)*$/, { error: 'expected a section number such as "4.1.2.1"' });

/** A document that defines error codes: an RFC or an OpenID specification. */
const DocumentSchema = z.strictObject({
	/** Its name as cited, such as "RFC 6749". */
	name: z.string({ error: 'expected the name the document is cited by, such as "RFC 6749"' }),
	/** Its full title. */
	title: z.string({ error: 'expected the document title' }),
	/** The canonical URL of the whole document. */
	url: HttpsUrlSchema,
	/**
	 * How to link one section: `{section}` is replaced by the section number. RFC Editor pages
	 * use `#section-5.2`; OpenID pages have named anchors, given per section in `anchors`.
	 */
	sectionUrl: z
		.string({ error: 'expected a URL template containing {section}' })
		.includes('{section}', { error: 'expected a URL template containing {section}', abort: true })
		.refine(
			(template) => HttpsUrlSchema.safeParse(template.replaceAll('{section}', '5.2')).success,
			{
				error:
					'expected an https URL template, such as https://www.rfc-editor.org/rfc/rfc6749#section-{section}',
			},
		)
		.optional(),
	/** Named anchors per section, for documents without numbered anchors. */
	anchors: z
		.record(
			SectionSchema,
			z.string().regex(/^#[\w.:-]+$/, {
				error: 'expected an anchor of letters, digits, ".", ":", "-" or "_", such as #AuthError',
			}),
		)
		.optional(),
});

/** One defining text of a code: a document section may define it with its own wording. */
const DefinitionSchema = z.strictObject({
	/** The id of a document in `documents`. */
	document: z.string({ error: 'expected a document id from `documents`, such as rfc6749' }),
	section: SectionSchema,
	/** Where this definition applies. */
	returnedBy: z.enum(returnedByValues, { error: `expected one of ${returnedByValues.join(', ')}` }),
	/** The HTTP status the section gives for this code, where it gives one. */
	httpStatus: z
		.int({ error: 'expected an HTTP status number such as 400' })
		.min(100)
		.max(599)
		.optional(),
	/** The normative definition, quoted exactly from the section (English in every locale). */
	quote: z.string({ error: 'expected the definition quoted from the section' }).min(10),
});

/** One error code of the registry. */
const RegistryEntrySchema = z.strictObject({
	code: OAuthCodeSchema,
	definitions: z
		.array(DefinitionSchema, { error: 'expected a list of definitions' })
		.min(1, { error: 'expected at least one definition' }),
	/** Codes a reader of this one should also know. */
	related: z.array(OAuthCodeSchema).default([]),
	/** AADSTS codes known to come with this code in Microsoft Entra ID responses. */
	aadsts: z.array(AadstsCodeSchema).default([]),
	/**
	 * Set when the code is no longer part of the registry. Entries are never deleted: a removed
	 * code keeps its page, marked deprecated, so links to it never break.
	 */
	removed: z.strictObject({ reason: ReaderTextSchema }).optional(),
});

/** The registry file: the documents, then the codes. */
export const RegistrySchema = z.strictObject({
	documents: z.record(
		z.string().regex(/^[a-z0-9-]+$/, { error: 'expected a lowercase document id such as rfc6749' }),
		DocumentSchema,
	),
	codes: z.array(RegistryEntrySchema, { error: 'expected a list of codes' }),
	/**
	 * Error values seen in the wild that none of the documents defines (vendor extensions such as
	 * Microsoft's `invalid_resource`), with a note: articles may mention them without a warning.
	 */
	unregistered: z.record(OAuthCodeSchema, z.string()).default({}),
});

/** One locale's explanation of a code, written by us. */
const ExplanationSchema = z.strictObject({
	/** Two or three sentences: what the code means in practice. */
	summary: ReaderTextSchema.refine((text) => text.length >= 20, {
		error: 'expected a short explanation of at least 20 characters',
	}),
	/** Typical causes, one per item. */
	causes: z.array(ReaderTextSchema).min(1, { error: 'expected at least one typical cause' }),
	/** Typical fixes, one per item. */
	fixes: z.array(ReaderTextSchema).min(1, { error: 'expected at least one typical fix' }),
});

/** One locale's explanations file: code → explanation. */
export const ExplanationsSchema = z.record(OAuthCodeSchema, ExplanationSchema);

export type Registry = z.infer<typeof RegistrySchema>;
export type RegistryEntry = z.infer<typeof RegistryEntrySchema>;
export type Definition = z.infer<typeof DefinitionSchema>;
export type Explanation = z.infer<typeof ExplanationSchema>;
