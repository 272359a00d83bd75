import type { APIRoute } from 'astro';
import { localeIds } from '../../i18n/locales.ts';
import { articlesMentioning } from '../../page-data/articles-by-code.ts';
import { registryFile } from '../../reference/load-registry.ts';
import {
	citationOf,
	getReference,
	returnedByOf,
	sectionUrl,
} from '../../reference/reference-data.ts';
import { absoluteUrl, articleUrl, referenceUrl } from '../../routing/urls.ts';

/**
 * `/reference/oauth-errors.json`: the registry for support tooling — per code its sources (section
 * and URL), where it is returned, HTTP statuses, its reference pages and the articles that
 * mention it, per locale.
 */
export const GET: APIRoute = async ({ site }) => {
	const reference = getReference();
	const codes = await Promise.all(
		reference.registry.codes.map(async (entry) => ({
			code: entry.code,
			...(entry.removed ? { deprecated: true, removedBecause: entry.removed.reason } : {}),
			sources: entry.definitions.map((d) => ({
				document: reference.registry.documents[d.document]?.name,
				section: d.section,
				citation: citationOf(reference, d),
				url: sectionUrl(reference, d),
				returnedBy: d.returnedBy,
				...(d.httpStatus ? { httpStatus: d.httpStatus } : {}),
			})),
			returnedBy: returnedByOf(entry),
			httpStatus: [
				...new Set(entry.definitions.flatMap((d) => (d.httpStatus ? [d.httpStatus] : []))),
			],
			related: entry.related,
			aadsts: entry.aadsts,
			pages: Object.fromEntries(
				localeIds.map((l) => [l, absoluteUrl(referenceUrl(l, entry.code), site)]),
			),
			articles: Object.fromEntries(
				await Promise.all(
					localeIds.map(async (l) => [
						l,
						(await articlesMentioning(l, entry.code)).map((p) =>
							absoluteUrl(articleUrl(l, p.slug), site),
						),
					]),
				),
			),
		})),
	);
	const body = { generatedFrom: registryFile, count: codes.length, codes };
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};
