// In-page half of the benchmark: variants register here; bench/run.mjs calls
// bench.run(name, round) alternately and gets the milliseconds each one measured.
(() => {
  const variants = new Map();

  /** Forces style and layout so a measured render includes them. */
  function forceLayout() {
    return document.body.getBoundingClientRect().height + document.body.offsetHeight;
  }

  /** Text of a node and of every open shadow root under it. */
  function deepText(node) {
    let text = '';
    const walk = (n) => {
      if (n.nodeType === 3) {
        text += n.data;
        return;
      }
      if (n.shadowRoot) walk(n.shadowRoot);
      for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    };
    walk(node);
    return text;
  }

  /** Elements in the composed tree under node matching a selector (open shadow roots included). */
  function deepQueryAll(node, selector) {
    const found = [];
    const walk = (n) => {
      if (n.nodeType !== 1 && n.nodeType !== 11) return;
      if (n.nodeType === 1 && n.matches(selector)) found.push(n);
      if (n.shadowRoot) walk(n.shadowRoot);
      for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    };
    walk(node);
    return found;
  }

  const deepCount = (node) => deepQueryAll(node, '*').length;

  /**
   * Resolves as soon as predicate() is true: checked now, then once per task
   * (MessageChannel, no 4 ms timer clamping) until timeoutMs.
   */
  function waitFor(predicate, timeoutMs = 10000, label = 'condition') {
    if (predicate()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const start = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        let ok;
        try {
          ok = predicate();
        } catch (error) {
          channel.port1.close();
          reject(error);
          return;
        }
        if (ok) {
          channel.port1.close();
          resolve();
        } else if (performance.now() - start > timeoutMs) {
          channel.port1.close();
          reject(new Error(`timed out after ${timeoutMs} ms waiting for ${label}`));
        } else channel.port2.postMessage(0);
      };
      channel.port2.postMessage(0);
    });
  }

  /** Awaits Lit's updateComplete of el and of the custom elements in its shadow tree, until quiet. */
  async function settle(els) {
    for (let pass = 0; pass < 4; pass += 1) {
      const pending = [];
      for (const el of els) {
        for (const inner of [el, ...deepQueryAll(el, ':defined')]) {
          if (inner.updateComplete && inner.isUpdatePending !== false) pending.push(inner.updateComplete);
        }
      }
      if (pending.length === 0) return;
      await Promise.all(pending);
    }
  }

  function isBuilt(tag) {
    return customElements.get(tag) !== undefined;
  }

  let stage;
  async function run(name, round) {
    const variant = variants.get(name);
    if (!variant) throw new Error(`no variant "${name}" on this page`);
    stage?.remove();
    localStorage.clear();
    sessionStorage.clear();
    if (typeof window.gc === 'function') window.gc();
    stage = document.createElement('div');
    stage.className = 'bench-stage';
    document.body.append(stage);
    forceLayout();
    const result = await variant(stage, round);
    return typeof result === 'number' ? { ms: result } : result;
  }

  window.bench = {
    define: (name, fn) => variants.set(name, fn),
    variants: () => [...variants.keys()],
    run,
    isBuilt,
    forceLayout,
    deepText,
    deepQueryAll,
    deepCount,
    waitFor,
    settle,
    ready: Promise.resolve(),
  };
})();
