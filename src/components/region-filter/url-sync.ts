// The chosen region in the page URL (?region=<code>), so a link or a reload
// keeps it and Back/Forward move between choices.

/** The parameter's value in the current URL, or '' when absent. */
export function readUrlRegion(param: string): string {
  return new URL(window.location.href).searchParams.get(param) ?? '';
}

/** Adds a history entry with the parameter set to `code`, or removed for ''. */
export function pushUrlRegion(param: string, code: string): void {
  const url = new URL(window.location.href);
  if (code) url.searchParams.set(param, code);
  else url.searchParams.delete(param);
  if (url.href === window.location.href) return;
  try {
    window.history.pushState(window.history.state, '', url);
  } catch (error) {
    // A sandboxed or opaque-origin page refuses history entries: the choice still works, unremembered.
    console.warn('<hromada-region-filter>: could not record the region in the page URL', error);
  }
}
