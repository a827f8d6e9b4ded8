// Keystroke → rendered results: the region filter's search box against a
// vanilla search box (naive loop, first 10 matches as a listbox). The time runs
// from the input event to the last DOM change outside live regions, layout included.
(() => {
  const { forceLayout } = window.bench;
  const APOSTROPHES = /['’ʼ`]/g;
  const normalize = (s) => s.toLocaleLowerCase('uk').replace(APOSTROPHES, "'").trim();

  window.bench.ready = (async () => {
    const [tree, settlements] = await Promise.all(
      // The full codifier extract (names and transliterations), not what dist/data/ ships.
      ['/data/ua-hromadas.json', '/data/ua-settlements.json'].map((u) => fetch(u).then((r) => r.json())),
    );
    const entries = [];
    for (const oblast of tree.oblasts) {
      for (const raion of oblast.raions ?? []) {
        for (const h of raion.hromadas ?? []) entries.push({ code: h.code, name: `${h.name_uk} громада`, uk: normalize(h.name_uk), en: normalize(h.name_en) });
      }
    }
    const [code, name, en] = ['code', 'name_uk', 'name_en'].map((f) => settlements.fields.indexOf(f));
    for (const row of settlements.rows) entries.push({ code: row[code], name: row[name], uk: normalize(row[name]), en: normalize(row[en]) });
    const input = document.getElementById('vanilla-search');
    const list = document.getElementById('vanilla-results');
    input.addEventListener('input', () => {
      const q = normalize(input.value);
      const items = [];
      if (q.length >= 2) {
        for (const entry of entries) {
          if (entry.uk.includes(q) || entry.en.includes(q)) {
            const li = document.createElement('li');
            li.setAttribute('role', 'option');
            li.id = `opt-${entry.code}`;
            li.textContent = entry.name;
            items.push(li);
            if (items.length === 10) break;
          }
        }
      }
      list.replaceChildren(...items);
      input.setAttribute('aria-expanded', String(items.length > 0));
    });
  })();

  let start = 0;
  let rendered = 0;
  const inLiveRegion = (node) => {
    const el = node.nodeType === 1 ? node : node.parentElement;
    return Boolean(el?.closest('[aria-live], [role="status"], [role="alert"], [role="log"]'));
  };
  const observer = new MutationObserver((records) => {
    if (!start || records.every((r) => inLiveRegion(r.target))) return;
    forceLayout();
    rendered = performance.now();
    for (const r of records) for (const node of r.addedNodes) watchShadows(node);
  });
  const watched = new WeakSet();
  function watchShadows(node) {
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const root = node.shadowRoot;
    if (root && !watched.has(root)) {
      watched.add(root);
      observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      watchShadows(root);
    }
    for (let c = node.firstChild; c; c = c.nextSibling) watchShadows(c);
  }
  for (const type of ['keydown', 'beforeinput', 'input']) {
    window.addEventListener(type, () => {
      if (armed && !start) start = performance.now();
    }, true);
  }
  let armed = false;
  window.bench.keys = {
    /** Starts watching for the next keystroke. */
    arm() {
      watchShadows(document.body);
      if (!watched.has(document.body)) {
        watched.add(document.body);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      }
      start = 0;
      rendered = 0;
      armed = true;
    },
    /** ms from the keystroke to its last rendered change, or null if nothing changed. */
    read() {
      armed = false;
      return start && rendered ? rendered - start : null;
    },
  };
})();
