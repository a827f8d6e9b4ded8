// Fails when a message in the source has no translation in locales/*.xlf, so an
// English page never shows a Ukrainian string by accident.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib/run.mjs';

const dir = path.join(ROOT, 'locales');
let missing = 0;
for (const file of readdirSync(dir).filter((name) => name.endsWith('.xlf'))) {
  const xml = readFileSync(path.join(dir, file), 'utf8');
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    if (!/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body)) {
      missing += 1;
      const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
      console.error(`${file}: ${id} has no translation: ${source}`);
    }
  }
}
if (missing > 0) {
  console.error(`${missing} untranslated message(s). Add <target>s in locales/, then npm run build.`);
  process.exit(1);
}
console.log('Every message is translated.');
