// Loads the built one-file script into a page-level test, as a slow page would: after the markup.
export function loadBundle(): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/dist/hromada-widgets.js';
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
}
