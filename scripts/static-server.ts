import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** One request the server answered, for counting what a visit fetched. */
export type ServedRequest = {
  path: string;
  status: number;
  /** The file sent: the requested one, or index.html for a page address it does not have. */
  file: string | null;
  bytes: number;
  /** The browser's Sec-Fetch-Dest: "document", "script", "serviceworker", "empty" (fetch)… */
  dest: string;
};

/**
 * A page address rather than a file: a navigation, or a path without an extension. A host
 * with a single-page fallback answers these with index.html; a missing asset stays a 404,
 * so a broken build still shows as broken.
 */
const wantsPage = (request: IncomingMessage, path: string) =>
  (request.headers.accept ?? '').includes('text/html') || extname(path) === '';

/**
 * A plain static host on 127.0.0.1 that serves a built folder under a path prefix, as many
 * hosting setups do: real files as themselves, other page addresses with the folder's
 * index.html (the single-page fallback of common hosts). Every answer is logged in
 * `requests`. Used by the journeys, the benchmark and Lighthouse.
 */
export async function serveStatic(
  dist: string,
  prefix = '/',
): Promise<{ url: string; server: Server; requests: ServedRequest[] }> {
  const requests: ServedRequest[] = [];
  const send = async (file: string) => ({ file, body: await readFile(file) });
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    const dest = request.headers['sec-fetch-dest'] ?? '';
    const answer = (status: number, file: string | null, body?: Buffer) => {
      requests.push({ path, status, file, bytes: body?.length ?? 0, dest });
      if (body === undefined || file === null) {
        response.writeHead(status).end();
        return;
      }
      response.writeHead(status, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    };
    if (!path.startsWith(prefix)) {
      answer(404, null);
      return;
    }
    const relative = normalize(path.slice(prefix.length) || 'index.html').replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(dist, relative.endsWith('/') ? `${relative}index.html` : relative);
    send(file)
      .catch((error: unknown) => {
        if (wantsPage(request, path)) return send(join(dist, 'index.html'));
        throw error;
      })
      .then(
        (found) => answer(200, found.file, found.body),
        () => answer(404, null),
      );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}${prefix}`, server, requests };
}
