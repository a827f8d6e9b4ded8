// News-list cases: <hromada-news-list> against a hand-written vanilla-DOM render
// of the same markup (section, heading, list of cards: linked title, <time datetime>,
// summary, a closed full-text <details>, tags, image with width/height, the
// count for screen readers; the same parts and attributes), both
// fetching and parsing the same feed; and the element alone, rendering a feed
// already parsed, 10,000 items against 50.
(() => {
  const { define, whenRendered, forceLayout, deepText, deepCount, settle } = window.bench;
  const DEFAULT_LIMIT = 10;
  const title = (i) =>
    `Новина №${String(i).padStart(5, '0')} · ${['Реінтеграція', 'Гаряча лінія', 'Сесія ради', 'Ремонт школи', 'Соціальні виплати', 'Укриття'][i % 6]} у громаді`;
  // Each run gets a fresh blob: URL of the same feed text: no per-URL cache can
  // answer, and no HTTP server on a busy machine adds its noise to the parse + render.
  const blobs = new Map();
  window.bench.ready = Promise.all(
    [50, 10000].map(async (n) => {
      // Absolute image URLs: relative ones would resolve against the blob: URL.
      const text = (await (await fetch(`/__bench/feed.json?n=${n}`)).text()).replaceAll('"/demo/', `"${location.origin}/demo/`);
      blobs.set(n, new Blob([text], { type: 'application/feed+json' }));
    }),
  );
  const feedUrl = (n) => URL.createObjectURL(blobs.get(n));

  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    :host { display: block; font: inherit; color: #1b1b1b; }
    h2 { font-size: 1.25em; margin: 0 0 .75em; }
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 1em; }
    li { display: grid; grid-template-columns: 1fr 10em; gap: .25em .75em; }
    li > :not(img) { grid-column: 1; }
    img { grid-column: 2; grid-row: 1 / span 5; width: 100%; height: auto; aspect-ratio: 16 / 9; object-fit: cover; border-radius: .25em; }
    ul ul { display: flex; gap: .5em; font-size: .875em; }
    h3 { font-size: 1em; margin: 0; }
    a { color: #0b5394; }
    a:focus-visible { outline: 2px solid #0b5394; outline-offset: 2px; }
    time { color: #555; font-size: .875em; }
    p { margin: .25em 0 0; }
    button { min-height: 2.75em; }
  `);

  const ours = (n, limit) => ({
    setup(stage) {
      const el = document.createElement('hromada-news-list');
      if (limit) el.setAttribute('limit', String(limit));
      const url = feedUrl(n);
      el.setAttribute('src', url);
      const expected = limit ?? DEFAULT_LIMIT;
      return { stage, el, url, expected, last: title(Math.min(n, expected) - 1) };
    },
    async run({ stage, el, last }) {
      const start = performance.now();
      stage.append(el);
      // The watching costs time the element did not spend: it is taken off.
      const overhead = await whenRendered(el, () => deepText(el).includes(last), 15000, `"${last}" to be rendered`);
      forceLayout();
      return { ms: performance.now() - start - overhead, overhead };
    },
    async inspect({ el, url, expected }) {
      await settle([el]);
      URL.revokeObjectURL(url);
      return { elements: deepCount(el), firstPageOnly: !deepText(el).includes(title(expected)) };
    },
  });

  /**
   * The same element and feed, with the feed already fetched and parsed by an
   * element that showed it before (the data layer keeps one load per URL per
   * page): what is measured is the list's own work, from the parsed items to
   * the rendered first page.
   */
  const oursParsed = (n, limit) => {
    const variant = ours(n, limit);
    return {
      ...variant,
      async setup(stage) {
        const state = variant.setup(stage);
        const first = state.el.cloneNode();
        stage.append(first);
        await whenRendered(first, () => deepText(first).includes(state.last), 15000, `"${state.last}" to be rendered first`);
        first.remove();
        return state;
      },
    };
  };

  async function vanillaRender({ stage, limit, url }) {
    const start = performance.now();
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    stage.append(host);
    const response = await fetch(url);
    const feed = await response.json();
    const dateFormat = new Intl.DateTimeFormat('uk', { dateStyle: 'long' });
    // The element's markup, attribute for attribute: parts, ids, the focusable items.
    const make = (tag, part, text) => {
      const node = document.createElement(tag);
      if (part) node.setAttribute('part', part);
      if (text !== undefined) node.textContent = text;
      return node;
    };
    const section = make('section', 'base');
    section.setAttribute('aria-labelledby', 'heading');
    const heading = make('h2', 'heading', 'Новини України');
    heading.id = 'heading';
    const list = make('ul', 'list');
    list.setAttribute('aria-busy', 'false');
    const items = feed.items.slice(0, limit ?? DEFAULT_LIMIT);
    for (const item of items) {
      const li = make('li', 'item');
      li.tabIndex = -1;
      const img = make('img', 'image');
      img.src = item.image;
      img.alt = '';
      img.width = 640;
      img.height = 360;
      img.loading = 'lazy';
      const h3 = make('h3', 'title');
      const link = make('a', 'link', item.title);
      link.href = item.url;
      h3.append(link);
      const meta = make('p', 'meta');
      const date = new Date(item.date_published);
      const time = make('time', 'date', dateFormat.format(date));
      time.dateTime = date.toISOString();
      meta.append(time);
      const summary = make('p', 'summary', item.summary);
      // The full text opens on demand: nothing of it is built before then.
      const full = make('details', 'full-text');
      full.append(make('summary', '', 'Читати повністю'));
      const tags = make('ul', 'tags');
      for (const tag of item.tags ?? []) tags.append(make('li', 'tag', tag));
      li.append(img, h3, meta, summary, full, tags);
      list.append(li);
    }
    const status = make('p', '', `Показано ${items.length} новин`);
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    section.append(heading, list, status);
    if (feed.items.length > items.length) {
      const more = make('button', 'more', 'Показати ще');
      more.className = 'more';
      section.append(more);
    }
    root.append(section);
    forceLayout();
    return { ms: performance.now() - start };
  }

  const vanilla = (n, limit) => ({
    setup: (stage) => ({ stage, limit, url: feedUrl(n) }),
    run: vanillaRender,
    inspect({ stage, url }) {
      URL.revokeObjectURL(url);
      return { elements: deepCount(stage.firstElementChild) };
    },
  });

  define('ours-50', ours(50, 50));
  define('vanilla-50', vanilla(50, 50));
  define('ours-10k', ours(10000));
  define('vanilla-10k', vanilla(10000));
  define('ours-50-parsed', oursParsed(50, 50));
  define('ours-10k-parsed', oursParsed(10000));
})();
