// Runs a local npm binary (node_modules/.bin) or any command, inheriting output.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `command args…` in the repository root; returns the exit status. */
export function run(command, args = [], options = {}) {
  const bin = path.join(ROOT, 'node_modules', '.bin', command);
  const result = spawnSync(command.includes('/') ? command : bin, args, {
    cwd: ROOT,
    stdio: 'inherit',
    shell: false,
    ...options,
  });
  if (result.error && result.error.code === 'ENOENT' && !command.includes('/')) {
    // Not an npm binary: a system command such as apt-get.
    return spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options }).status ?? 1;
  }
  return result.status ?? 1;
}

/** Runs a step and exits the process with its status if it fails. */
export function step(label, command, args = [], options = {}) {
  console.log(`\n▸ ${label}`);
  const status = run(command, args, options);
  if (status !== 0) {
    console.error(`✗ ${label} failed (exit ${status})`);
    process.exit(status);
  }
}
