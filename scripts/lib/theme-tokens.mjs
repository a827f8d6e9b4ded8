// The shared --hromada-* theme tokens, each described once. Their names and
// defaults are read from src/internal/base.styles.ts (the one place they are
// defined); custom-elements-manifest.config.mjs adds them to every element of
// the manifest, scripts/readme-api.mjs lists them under "Theming", and
// test/e2e/docs.test.mjs fails when a token has no description here.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const BASE_STYLES = fileURLToPath(new URL('../../src/internal/base.styles.ts', import.meta.url));

export const TOKEN_DESCRIPTIONS = {
  '--hromada-accent': 'Links, buttons, edges and the chosen region.',
  '--hromada-on-accent': 'Text on the accent colour (filled buttons, the chosen region, the video placeholder).',
  '--hromada-text': 'Body text.',
  '--hromada-muted': 'Secondary text: dates, hours, counts.',
  '--hromada-background': 'Background of each element.',
  '--hromada-surface': 'Background of banners, panels and cards.',
  '--hromada-border': 'Lines and outlines.',
  '--hromada-focus': 'The focus ring (with a dark ring inside it, so that one of the two stands out on any background), and the edge of the "may be outdated" notice.',
  '--hromada-danger': 'Errors and the urgent hotline.',
  '--hromada-success': 'The hotline’s "open now" marker.',
  '--hromada-radius': 'Corner radius.',
  '--hromada-spacing': 'The base spacing unit; gaps and padding are multiples of it.',
  '--hromada-font': 'Font family.',
  '--hromada-font-size': 'Base font size; every size in the elements is relative to it.',
};

/**
 * The tokens base.styles.ts reads, in order of first use, with their light and
 * (where the dark scheme sets another) dark defaults: `[{ name, light, dark }]`.
 */
export function themeTokens(source = readFileSync(BASE_STYLES, 'utf8')) {
  const tokens = new Map();
  // The dark defaults are the second colours of light-dark(light, dark).
  const dark = source.indexOf('@supports (color: light-dark');
  for (const match of source.matchAll(/var\((--hromada-[a-z-]+),\s*(?:light-dark\([^,]+,)?\s*([^()]+?)\)/g)) {
    const [, name, fallback] = match;
    const token = tokens.get(name) ?? { name };
    if (dark >= 0 && match.index > dark) token.dark ??= fallback.trim();
    else token.light ??= fallback.trim();
    tokens.set(name, token);
  }
  return [...tokens.values()];
}

/** A token's default as documentation text: "`#0057b8` (dark: `#8ab8ff`)". */
export function tokenDefault({ light, dark }) {
  return dark && dark !== light ? `\`${light}\` (dark: \`${dark}\`)` : `\`${light}\``;
}
