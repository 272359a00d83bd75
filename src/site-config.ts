/**
 * Where the site's sources live, for "Edit this page" links. Set REPOSITORY_URL (and
 * REPOSITORY_BRANCH) when building from another repository.
 */
export const repository = {
	url: process.env.REPOSITORY_URL ?? 'https://github.com/example/troubleshoot-docs',
	branch: process.env.REPOSITORY_BRANCH ?? 'main',
};

/**
 * The URL that opens a file of the repository in its web editor.
 * @example editUrl('content/articles/en-us/aadsts50000.mdx') // 'https://github.com/…/edit/main/content/articles/en-us/aadsts50000.mdx'
 */
export function editUrl(file: string): string {
	return `${repository.url}/edit/${repository.branch}/${file}`;
}
