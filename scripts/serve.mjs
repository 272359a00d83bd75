// Serves the built site (dist/) the way a static host does: `/x` redirects to `/x/`, unknown URLs
// get the 404 page of their locale (or the all-language one) with status 404.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const root = resolve(process.env.DIST_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

const types = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
};

async function isFile(path) {
	return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

/** Finds what to send for a URL path: a file, a redirect, or the right 404 page. */
async function resolveRequest(pathname) {
	const path = normalize(decodeURIComponent(pathname));
	const file = join(root, path);
	if (file !== root && !file.startsWith(root + sep)) return { status: 400 };
	if (!path.endsWith('/') && (await isFile(file))) return { status: 200, file };
	if (path.endsWith('/') && (await isFile(join(file, 'index.html'))))
		return { status: 200, file: join(file, 'index.html') };
	if (!path.endsWith('/') && (await isFile(join(file, 'index.html'))))
		return { status: 301, location: `${pathname}/` };
	const locale = path.split('/')[1] ?? '';
	const localized = join(root, locale, '404', 'index.html');
	return {
		status: 404,
		file: locale && (await isFile(localized)) ? localized : join(root, '404.html'),
	};
}

const server = createServer(async (request, response) => {
	try {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const result = await resolveRequest(url.pathname);
		if (result.location) {
			response.writeHead(result.status, { location: result.location + url.search }).end();
			return;
		}
		if (!result.file) {
			response.writeHead(result.status).end();
			return;
		}
		response.writeHead(result.status, {
			'content-type': types[extname(result.file)] ?? 'application/octet-stream',
		});
		createReadStream(result.file).pipe(response);
	} catch {
		response.writeHead(400).end();
	}
});

// PORT=0 takes a free port; the line below names the one taken (tests read it).
server.listen(port, host, () => {
	const address = server.address();
	const taken = typeof address === 'object' && address ? address.port : port;
	console.log(`Serving ${root} at http://localhost:${taken}/ (Ctrl+C to stop)`);
});
