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
   * Resolves to the ms spent in the checks, for the caller to subtract.
   */
  function whenRendered(el, predicate, timeoutMs = 15000, label = 'render') {
    let overhead = 0;
    return new Promise((resolve, reject) => {
      const watched = new WeakSet();
      let timer;
      let deadline;
      let done = false;
      const finish = (error) => {
        done = true;
        observer.disconnect();
        clearInterval(timer);
        clearTimeout(deadline);
        if (error) reject(error);
        else resolve(overhead);
      };
      const check = () => {
        if (done) return;
        const t0 = performance.now();
        let ok = false;
        try {
          ok = predicate();
        } catch (error) {
          finish(error);
          return;
        }
        overhead += performance.now() - t0;
        if (ok) finish();
      };
      const observer = new MutationObserver((records) => {
        const t0 = performance.now();
        for (const record of records) for (const node of record.addedNodes) watch(node);
        overhead += performance.now() - t0;
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
      check();
      timer = setInterval(check, 50);
      deadline = setTimeout(() => finish(new Error(`timed out after ${timeoutMs} ms waiting for ${label}`)), timeoutMs);
    });
  }

  /**
   * Awaits Lit's updateComplete of els and of the custom elements in their
   * shadow trees, until none is pending. Resolves to the ms spent walking the
   * trees, for the caller to subtract.
   */
  async function settle(els) {
    let overhead = 0;
    for (let pass = 0; pass < 4; pass += 1) {
      const t0 = performance.now();
      const pending = [];
      for (const el of els) {
        for (const inner of deepQueryAll(el, '*')) {
          if (inner.localName.includes('-') && inner.updateComplete && inner.isUpdatePending) pending.push(inner.updateComplete);
        }
      }
      overhead += performance.now() - t0;
      if (pending.length === 0) break;
      await Promise.all(pending);
    }
    return overhead;
  }

  function isBuilt(tag) {
    return customElements.get(tag) !== undefined;
  }

  // A variant is { setup(stage, round) → state (or a promise of it), run(state) →
  // { ms, overhead? }, inspect(state) → facts }; bench/run.mjs reads the main
  // thread's CPU time around run() alone, so setup and inspection cost nothing.
  let stage;
  let current;
  async function prepare(name, round) {
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
    current = { variant, state: variant.setup ? await variant.setup(stage, round) : { stage, round } };
  }
  async function go() {
    current.result = await current.variant.run(current.state);
    return current.result;
  }
  async function inspect() {
    const facts = current.variant.inspect ? await current.variant.inspect(current.state) : {};
    return { ...current.result, ...facts };
  }
  /** All three at once, for scripts that want wall time only. */
  async function run(name, round) {
    await prepare(name, round);
    await go();
    return inspect();
  }
  variants.set('__noop', { run: () => ({ ms: 0 }) });

  window.bench = {
    define: (name, variant) => variants.set(name, variant),
    variants: () => [...variants.keys()],
    prepare,
    go,
    inspect,
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
