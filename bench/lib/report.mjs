// The results table: aligned text for the terminal, Markdown for the README
// (between <!-- bench:start --> and <!-- bench:end -->).
import { readFileSync, writeFileSync } from 'node:fs';

const COLUMNS = ['case', 'ours', 'baseline', 'ratio', 'budget', 'verdict'];

const cell = (row, column) => {
  const value = row[column];
  if (column === 'ratio') {
    if (typeof value !== 'number') return value ?? '—';
    const range = row.ratioRange ? ` [${row.ratioRange.map((x) => x.toFixed(2)).join('–')}]` : '';
    return `${value.toFixed(2)}×${range}`;
  }
  return value === undefined || value === null || value === '' ? '—' : String(value);
};

export function renderTable(rows) {
  const widths = COLUMNS.map((c) => Math.max(c.length, ...rows.map((r) => cell(r, c).length)));
  const line = (values) => values.map((v, i) => v.padEnd(widths[i])).join('  ');
  const out = [line(COLUMNS), line(widths.map((w) => '─'.repeat(w)))];
  for (const row of rows) out.push(line(COLUMNS.map((c) => cell(row, c))));
  const notes = rows.filter((r) => r.note).map((r) => `  · ${r.case}: ${r.note}`);
  if (notes.length) out.push('', 'Notes:', ...notes);
  return out.join('\n');
}

const md = (text) => text.replaceAll('|', '\\|');

export function renderMarkdown(results) {
  const when = `${results.date.slice(0, 16).replace('T', ' ')} UTC`;
  const out = [
    `Latest run: ${when} · ${results.cpu} (${results.cores} cores, load average ${results.loadAverage} at the end) · Chromium ${results.chromium} · Node ${results.node} · ${results.rounds} rounds after ${results.warmup} warm-up.`,
    'Renders are main-thread CPU ms, search times wall-clock ms: median [interquartile range]; the ratio is the median [IQR] of ours ÷ baseline taken side by side (same round or same query).',
    '',
    `| ${COLUMNS.join(' | ')} |`,
    `|${COLUMNS.map(() => '---').join('|')}|`,
    ...results.rows.map((row) => `| ${COLUMNS.map((c) => md(cell(row, c))).join(' | ')} |`),
  ];
  const notes = results.rows.filter((r) => r.note);
  if (notes.length) out.push('', ...notes.map((r) => `- **${md(r.case)}**: ${md(r.note)}`));
  return out.join('\n');
}

/** Replaces the README's table between the markers; returns false if they are absent. */
export function updateReadme(file, markdown) {
  const text = readFileSync(file, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) return false;
  writeFileSync(file, `${text.slice(0, a + start.length)}\n${markdown}\n${text.slice(b)}`);
  return true;
}
