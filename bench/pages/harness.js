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
   * Resolves when predicate() is true, checked after every DOM change under el
   * (its shadow roots included, as they appear) and every 50 ms as a fallback.
   * No busy polling: on a loaded machine that would starve the network process.
   */
  function whenRendered(el, predicate, timeoutMs = 15000, label = 'render') {
    if (predicate()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const watched = new WeakSet();
      let timer;
      let deadline;
      const finish = (error) => {
        observer.disconnect();
        clearInterval(timer);
        clearTimeout(deadline);
        if (error) reject(error);
        else resolve();
      };
      const check = () => {
        try {
          if (predicate()) finish();
        } catch (error) {
          finish(error);
        }
      };
      const observer = new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) watch(node);
        check();
      });
      const watch = (node) => {
        if (node.nodeType !== 1 && node.nodeType !== 11) return;
        if (node.shadowRoot && !watched.has(node.shadowRoot)) {
          watched.add(node.shadowRoot);
          observer.observe(node.shadowRoot, { subtree: true, childList: true, characterData: true });
          watch(node.shadowRoot);
        }
        for (let c = node.firstChild; c; c = c.nextSibling) watch(c);
      };
      observer.observe(el, { subtree: true, childList: true, characterData: true });
      watch(el);
      timer = setInterval(check, 50);
      deadline = setTimeout(() => finish(new Error(`timed out after ${timeoutMs} ms waiting for ${label}`)), timeoutMs);
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
    whenRendered,
    settle,
    ready: Promise.resolve(),
  };
})();
