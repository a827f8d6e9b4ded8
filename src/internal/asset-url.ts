// Finds the package's data/ files from the script's own URL, so the widgets
// work from a CDN path or a webmaster's uploads folder without configuration.

/**
 * Where data/ lies relative to this module: src/internal/ → data/ in the
 * repository, dist/esm/internal/ → dist/data/ in the package. The one-file
 * bundle sits beside dist/data/, and rollup.config.mjs rewrites this to './data/'.
 */
const DATA_DIR: string = '../../data/';

// Read while the script is being evaluated: document.currentScript is only set then.
// An SVG <script> has no src: undefined, as an inline script's '' is.
const CURRENT_SCRIPT_SRC = (typeof document !== 'undefined' && (document.currentScript as HTMLScriptElement | null)?.src) || '';

function scriptUrl(): string {
  // A module keeps its own URL. The bundle asks no import.meta.url (in a classic script rollup
  // would ship a shim guessing from the page URL): as a <script type="module"> it has no
  // currentScript, so it finds its own script tag, else takes the page's folder, as that shim did.
  return (
    CURRENT_SCRIPT_SRC ||
    (DATA_DIR !== './data/'
      ? import.meta.url
      : [...document.querySelectorAll<HTMLScriptElement>('script[src*="hromada-widgets"]')].pop()?.src || document.baseURI)
  );
}

// A bundled app's modules no longer sit beside data/: the app says where it put it.
let dataBase: string | undefined;

/**
 * Where the package's data/ files are served from, for apps whose bundler moved
 * the modules away from them: `setDataBase('/assets/hromada-data/')`, resolved
 * against the page. Elements given a URL (`regions-src`) still use theirs.
 */
export function setDataBase(url: string): void {
  dataBase = new URL(url.endsWith('/') ? url : `${url}/`, document.baseURI).href;
}

/** The absolute URL of a file in the package's data/ folder: `dataUrl('ua-hromadas.json')`. */
export function dataUrl(file: string): string {
  return dataBase ? new URL(file, dataBase).href : new URL(DATA_DIR + file, scriptUrl()).href;
}
