/** The articles loader's name, which the dev server's refreshes ask for (dev-reload.ts). */
export const articleLoaderName = 'troubleshoot-articles';

/**
 * The files a load of the articles reads: the articles, the registry and its explanations, the
 * terminology lists and the UI strings. In the dev server, a change to any of them loads again.
 * (Kept apart from the loader so that the integration, loaded with the Astro config, does not
 * load the compiler and the checks with it.)
 */
export const articleLoadInputs =
	/[\\/]content[\\/](articles|reference|terminology)[\\/]|[\\/]i18n[\\/]ui[\\/]/;
