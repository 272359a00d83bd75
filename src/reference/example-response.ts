import type { Definition } from './registry-schema.ts';

const statusText: Record<number, string> = {
	400: 'Bad Request',
	401: 'Unauthorized',
	403: 'Forbidden',
	500: 'Internal Server Error',
	503: 'Service Unavailable',
};

/**
 * An example HTTP error response carrying a code, shaped by where the code is returned: a redirect
 * for the authorization endpoint, a `WWW-Authenticate` challenge for a resource server, a JSON
 * body elsewhere. The status is the one the definition gives, else 400.
 * @example exampleResponse('invalid_grant', { returnedBy: 'token-endpoint', httpStatus: 400 })
 */
export function exampleResponse(
	code: string,
	definition: Pick<Definition, 'returnedBy' | 'httpStatus'>,
): string {
	const status = definition.httpStatus ?? 400;
	const statusLine = `HTTP/1.1 ${status} ${statusText[status] ?? ''}`.trimEnd();
	switch (definition.returnedBy) {
		case 'authorization-endpoint':
			return `HTTP/1.1 302 Found\nLocation: https://client.example.com/callback?error=${code}&state=af0ifjsldkj`;
		case 'resource-server':
			return `${statusLine}\nWWW-Authenticate: Bearer realm="example", error="${code}"`;
		default:
			return `${statusLine}\nContent-Type: application/json\nCache-Control: no-store\n\n{\n  "error": "${code}"\n}`;
	}
}
