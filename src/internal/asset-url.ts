// Finds the package's data/ files from the script's own URL, so the widgets
// work from a CDN path or a webmaster's uploads folder without configuration.

/**
 * Where data/ lies relative to this module: src/internal/ → data/ in the
 * repository, dist/esm/internal/ → dist/data/ in the package. The one-file
 * bundle sits beside dist/data/, and rollup.config.mjs rewrites this to './data/'.
 */
const DATA_DIR: string = '../../data/';

// Read while the script is being evaluated: document.currentScript is only set then.
const MODULE_URL = import.meta.url;
const CURRENT_SCRIPT_SRC =
  typeof document !== 'undefined' && document.currentScript instanceof HTMLScriptElement
    ? document.currentScript.src
    : '';

function scriptUrl(): string {
  if (CURRENT_SCRIPT_SRC) return CURRENT_SCRIPT_SRC;
  // A <script type="module"> has no currentScript, and the bundle's import.meta.url
  // shim then guesses from the page URL: find our own script tag instead.
  if (typeof document !== 'undefined' && DATA_DIR === './data/') {
    const scripts = document.querySelectorAll<HTMLScriptElement>('script[src*="hromada-widgets"]');
    const last = scripts[scripts.length - 1];
    if (last) return last.src;
  }
  return MODULE_URL;
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
