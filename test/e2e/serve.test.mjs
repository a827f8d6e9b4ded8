// `npm start`'s server (scripts/serve.mjs, on PORT): the demo at /demo/, and the
// bare address leading there, as the set-up line names it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { ROOT } from './support/server.mjs';

/** A port nothing listens on now. */
const freePort = () => new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});

test('PORT=… node scripts/serve.mjs prints the demo\'s address, serves it, and / leads to it', async () => {
  const port = await freePort();
  const server = spawn(process.execPath, [path.join(ROOT, 'scripts/serve.mjs')], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    let out = '';
    await new Promise((resolve, reject) => {
      server.stdout.on('data', (chunk) => (out += chunk) && out.includes('Stop with') && resolve());
      server.on('exit', (code) => reject(new Error(`serve.mjs exited (${code}): ${out}`)));
    });
    assert.match(out, new RegExp(`http://localhost:${port}/demo/`));
    const demo = await fetch(`http://localhost:${port}/demo/`);
    assert.equal(demo.status, 200);
    assert.match(await demo.text(), /<hromada-/);
    const bare = await fetch(`http://localhost:${port}/`);
    assert.equal(bare.url, `http://localhost:${port}/demo/`);
    assert.equal(bare.status, 200);
  } finally {
    server.kill();
  }
});
