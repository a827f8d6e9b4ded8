// npm start (after the build): serves the repository and opens nothing; the demo
// is at http://localhost:8000/demo/ and needs no network.
import { startDevServer } from '@web/dev-server';
import { ROOT } from './lib/run.mjs';

const port = Number(process.env.PORT ?? 8000);
await startDevServer({
  config: { rootDir: ROOT, port, hostname: 'localhost', nodeResolve: false, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`\nDemo: http://localhost:${port}/demo/\nStop with Ctrl+C.`);
