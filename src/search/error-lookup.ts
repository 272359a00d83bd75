/**
 * The error lookup page's browser code: reads `?code=` (or `?q=`, from the header's lookup
 * button), opens the code's page in this locale, or says the code is unknown and offers a search.
 */
import { destinationOf, lookupKey } from './code-query.ts';

interface LookupConfig {
	destinations: Record<string, string>;
	strings: { notFound: string; searchInstead: string; opening: string };
	search: string;
}

const root = document.querySelector<HTMLElement>('[data-error-lookup]');
if (root) {
	const config = JSON.parse(root.dataset.config ?? '{}') as LookupConfig;
	const params = new URLSearchParams(location.search);
	const written = (params.get('code') ?? params.get('q') ?? '').trim();
	const result = root.querySelector<HTMLElement>('[data-lookup-result]')!;
	root.querySelector<HTMLInputElement>('input[name="code"]')!.value = written;
	const destination = written ? destinationOf(config.destinations, lookupKey(written)) : undefined;
	if (destination) {
		result.textContent = config.strings.opening.replace('{{code}}', written);
		location.replace(destination);
	} else if (written) {
		const message = document.createElement('p');
		message.textContent = config.strings.notFound.replace('{{code}}', written);
		const link = document.createElement('a');
		link.href = `${config.search}?q=${encodeURIComponent(written)}`;
		link.textContent = config.strings.searchInstead.replace('{{code}}', written);
		result.replaceChildren(message, link);
		result.dataset.notFound = 'true';
	}
}
