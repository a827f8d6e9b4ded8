// Keystroke → rendered results: the region filter's search box against a vanilla
// search box (naive loop, the first 50 matches as a listbox, as the element shows).
// The time runs from the input event to the last DOM change outside live regions,
// layout included.
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
    const hromadaName = new Map();
    const add = (code, name, en, detail) => entries.push({ code, name, detail, uk: normalize(name), en: normalize(en) });
    for (const oblast of tree.oblasts) {
      add(oblast.code, oblast.name_uk, oblast.name_en, '');
      for (const raion of oblast.raions ?? []) {
        add(raion.code, `${raion.name_uk} район`, raion.name_en, oblast.name_uk);
        for (const h of raion.hromadas ?? []) {
          hromadaName.set(h.code, `${h.name_uk} громада`);
          add(h.code, `${h.name_uk} громада`, h.name_en, `${raion.name_uk} район`);
        }
      }
    }
    const [code, name, en, hromada] = ['code', 'name_uk', 'name_en', 'hromada_code'].map((f) => settlements.fields.indexOf(f));
    for (const row of settlements.rows) add(row[code], row[name], row[en], hromadaName.get(row[hromada]) ?? '');
    const input = document.getElementById('vanilla-search');
    const list = document.getElementById('vanilla-results');
    const status = document.getElementById('vanilla-status');
    // Up to 50 options of a name and where it lies, and a count in a status line: what the element shows.
    input.addEventListener('input', () => {
      const q = normalize(input.value);
      const found = [];
      if (q) for (const entry of entries) if (entry.uk.includes(q) || entry.en.includes(q)) found.push(entry);
      const items = found.slice(0, 50).map((entry, i) => {
        const li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.id = `opt-${i}`;
        li.setAttribute('aria-selected', 'false');
        const main = document.createElement('span');
        main.className = 'main';
        main.textContent = entry.name;
        li.append(main);
        if (entry.detail) {
          const detail = document.createElement('span');
          detail.className = 'detail';
          detail.textContent = entry.detail;
          li.append(' ', detail);
        }
        return li;
      });
      list.replaceChildren(...items);
      input.setAttribute('aria-expanded', String(items.length > 0));
      status.textContent = found.length ? `Знайдено ${found.length}` : q ? 'Нічого не знайдено' : '';
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
