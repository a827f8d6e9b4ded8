// A static file server on 127.0.0.1 for page-level tests: serves the repository,
// with per-test response headers (a CSP) and scripted faults.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json',
};

/**
 * Starts the server. `routes` maps a path to a handler `(req, res) => boolean`
 * that may answer instead of the file system (faults, generated pages).
 */
export async function startServer({ headers = {}, routes = {} } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    const route = routes[url.pathname];
    if (route && (await route(req, res, url))) return;
    let file;
    try {
      file = path.join(ROOT, decodeURIComponent(url.pathname));
    } catch {
      file = ''; // a malformed escape (a hostile src attribute): not a file
    }
    if (!file.startsWith(ROOT)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file.endsWith('/') ? path.join(file, 'index.html') : file);
      const type = TYPES[path.extname(file.endsWith('/') ? 'index.html' : file)] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    // Also ends connections a fault left hanging (a route that never answers).
    close: () => new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    }),
  };
}
