#!/usr/bin/env node
// `npx hromada-widgets validate <file-or-url>`: checks a feed with the same
// adapters the elements use and lists every problem. Node has no XML parser,
// so the CLI checks JSON feeds (hromada feed, JSON Feed, WordPress REST) in
// full and sends RSS/Atom to the validator page, which runs in a browser.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const USAGE = `Usage: hromada-widgets validate <file-or-url> [--json]

Checks a hromada feed (or JSON Feed, or WordPress REST posts list) the way the
widgets read it. Exit status: 0 valid, 1 problems found, 2 could not check.
RSS and Atom need a browser: open demo/validate.html from the package instead.`;

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const [command, target] = args.filter((arg) => arg !== '--json');

if (command !== 'validate' || !target) {
  console.error(USAGE);
  process.exit(command === '--help' || command === '-h' ? 0 : 2);
}

const here = path.dirname(fileURLToPath(import.meta.url));
let validateFeed;
try {
  ({ validateFeed } = await import(pathToFileURL(path.join(here, '../dist/esm/data/validate.js')).href));
} catch {
  console.error('hromada-widgets: dist/ is missing; run `npm run build` first.');
  process.exit(2);
}

let body;
let url;
let link;
try {
  if (/^https?:\/\//i.test(target)) {
    url = target;
    const response = await fetch(target, { headers: { Accept: 'application/feed+json, application/json, application/rss+xml, application/atom+xml, */*;q=0.5' } });
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
    link = response.headers.get('link');
    body = await response.text();
  } else {
    // Relative links in a local file will be resolved against wherever it is served: any http(s) base stands in.
    url = `https://feed.invalid/${encodeURIComponent(path.basename(target))}`;
    body = await readFile(target, 'utf8');
  }
} catch (error) {
  console.error(`hromada-widgets: cannot read ${target}: ${error.message}`);
  process.exit(2);
}

const report = validateFeed(body, url, { link });
if (asJson) {
  console.log(JSON.stringify(report, null, 2));
} else if (report.error) {
  console.log(`✗ ${target}: ${report.error.message}`);
} else {
  const { items, hotlines, guides, videos } = report.counts;
  console.log(`${report.ok ? '✓' : '✗'} ${target}: ${report.format} feed, ${items} items, ${hotlines} hotlines, ${guides} guides, ${videos} videos`);
  for (const problem of report.problems) console.log(`  - ${problem}`);
  if (!report.ok) console.log(`${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}; the widgets leave out what is named above and show the rest.`);
}
// An RSS/Atom feed the CLI could not parse is "could not check", not "invalid".
process.exit(report.ok ? 0 : report.error?.message.includes('validator page') ? 2 : 1);
