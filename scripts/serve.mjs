// npm start (after the build): serves the repository and opens nothing; the demo
// is at http://localhost:8000/demo/ and needs no network.
import { startDevServer } from '@web/dev-server';
import { ROOT } from './lib/run.mjs';

const port = Number(process.env.PORT ?? 8000);
await startDevServer({
  config: {
    rootDir: ROOT, port, hostname: 'localhost', nodeResolve: false, watch: false,
    // http://localhost:8000 itself (as issue #2 and many readers write it) opens the demo too.
    middleware: [(context, next) => (context.path === '/' ? context.redirect('/demo/') : next())],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`\nDemo: http://localhost:${port}/demo/\nStop with Ctrl+C.`);
