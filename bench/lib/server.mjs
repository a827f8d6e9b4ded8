// Serves the repository root on 127.0.0.1 (a free port, never 8000) for the
// benchmark pages: bare imports resolved, generated feeds, cross-origin isolation
// so performance.now() has 5 µs resolution instead of 100 µs.
import net from 'node:net';
import { startDevServer } from '@web/dev-server';
import { ROOT } from '../../scripts/lib/run.mjs';
import { makeFeed } from './feed.mjs';

async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port === 8000 ? freePort() : port));
    });
  });
}

const feeds = new Map();

/** `/__bench/feed.json?n=50&r=3`: a JSON Feed of n items; r only defeats per-URL caches. */
function feedMiddleware(isolated) {
  return async (ctx, next) => {
    if (ctx.path !== '/__bench/feed.json') return next();
    const n = Math.min(Number(ctx.query.n) || 50, 20000);
    if (!feeds.has(n)) feeds.set(n, Buffer.from(JSON.stringify(makeFeed(n))));
    const body = feeds.get(n);
    // Straight to the socket: koa and the dev server's plugins cost ~100 ms on a 4.5 MB body.
    ctx.respond = false;
    ctx.res.writeHead(200, {
      'Content-Type': 'application/feed+json; charset=utf-8',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      ...(isolated ? ISOLATION_HEADERS : {}),
    });
    ctx.res.end(body);
  };
}

const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function isolationMiddleware() {
  return async (ctx, next) => {
    await next();
    ctx.set(ISOLATION_HEADERS);
  };
}

/** Starts the server; returns { origin, stop() }. `isolated: false` for Lighthouse and the demo. */
export async function startServer({ isolated = true } = {}) {
  const port = await freePort();
  const middleware = [feedMiddleware(isolated)];
  if (isolated) middleware.unshift(isolationMiddleware());
  const server = await startDevServer({
    config: { rootDir: ROOT, port, hostname: '127.0.0.1', nodeResolve: true, watch: false, middleware },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}
