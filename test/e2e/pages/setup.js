// Page set-up chosen by the test through the page URL, in an external script so
// the strict CSP (no inline script) still allows it.
(() => {
  const params = new URLSearchParams(location.search);
  if (params.has('nonce')) {
    // Force Lit's <style> fallback: no constructable stylesheets, a CSP nonce instead.
    window.litNonce = params.get('nonce');
    delete Document.prototype.adoptedStyleSheets;
    delete ShadowRoot.prototype.adoptedStyleSheets;
  }
  if (params.has('hostile')) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = 'hostile.css';
    document.head.append(link);
  }
})();
