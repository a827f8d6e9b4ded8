// npm test: browser → type-check → lint → build → size budget → every test in
// headless Chromium. Ends with one line "N passed, N failed" for CI.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, run } from './lib/run.mjs';
import { ensureBrowser } from './lib/browser.mjs';

const results = { passed: 0, failed: 0 };
const failures = [];

function check(label, command, args) {
  console.log(`\n▸ ${label}`);
  const ok = run(command, args) === 0;
  if (ok) results.passed += 1;
  else {
    results.failed += 1;
    failures.push(label);
    console.error(`✗ ${label} failed`);
  }
  return ok;
}

try {
  process.env.CHROME_PATH = await ensureBrowser();
  console.log(`Browser: ${process.env.CHROME_PATH}`);
} catch (error) {
  console.error(error.message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

check('Type-check (tsc)', 'tsc', ['--noEmit', '-p', 'tsconfig.json']);
check('Lint (eslint)', 'eslint', ['--max-warnings=0', '.']);
const built = check('Build', 'node', ['scripts/build.mjs']);
check('Translations complete', 'node', ['scripts/check-translations.mjs']);
if (built) check('Size budget', 'node', ['scripts/size.mjs']);
if (built) check('Feed validator CLI, schema, Trusted Types page check (node --test)', 'node', ['--test', 'test/cli/validate.test.mjs', 'test/cli/trusted-types.test.mjs']);
if (built) check('Benchmark peers absent from dist/', 'node', ['bench/cases/peers.mjs']);

const totalsFile = path.join(ROOT, '.wtr-results.json');
rmSync(totalsFile, { force: true });
console.log('\n▸ Browser tests (web-test-runner, headless Chromium)');
const wtrStatus = run('web-test-runner', ['--config', 'web-test-runner.config.mjs']);
if (existsSync(totalsFile)) {
  const totals = JSON.parse(readFileSync(totalsFile, 'utf8'));
  results.passed += totals.passed;
  results.failed += totals.failed;
  if (wtrStatus !== 0 && totals.failed === 0) {
    results.failed += 1;
    failures.push('web-test-runner exited with an error');
  }
} else {
  results.failed += 1;
  failures.push('web-test-runner did not run');
}

// Page-level suites (test/e2e): the built script on real pages served over HTTP.
console.log('\n▸ Page-level tests (node:test + playwright-core, headless Chromium)');
const e2e = spawnSync(process.execPath, ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', '--test-reporter-destination=.e2e-results.tap', 'test/e2e/'], { cwd: ROOT, stdio: 'inherit' });
const tapFile = path.join(ROOT, '.e2e-results.tap');
const tap = existsSync(tapFile) ? readFileSync(tapFile, 'utf8') : '';
const tapCount = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
results.passed += tapCount('pass');
results.failed += tapCount('fail') + tapCount('cancelled');
if (e2e.status !== 0 && tapCount('fail') + tapCount('cancelled') === 0) {
  results.failed += 1;
  failures.push('page-level tests exited with an error');
}
rmSync(tapFile, { force: true });

if (failures.length > 0) console.error(`\nFailed: ${failures.join('; ')}`);
console.log(`${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed > 0 || wtrStatus !== 0 || e2e.status !== 0 ? 1 : 0);
