// Video-card cases: 20 <hromada-video> facades against a vanilla-DOM floor of
// the same cards and both lite-youtube variants. Both peers register the tag
// "lite-youtube", so each is registered here under its own name.
const { define, forceLayout, settle } = window.bench;
const params = new URLSearchParams(location.search);
const COUNT = 20;
const IDS = ['aqz-KE-bpKQ', 'dQw4w9WgXcQ', 'M7lc1UVf-VE', 'ScMzIvxBSi4', 'jNQXAC9IVRw', 'kJQP7kiw5Fk', 'RgKAFK5djSk', 'OPf0YbXqDm0', 'CevxZvSJLk8', '09R8_2nJtjg'];
const cards = Array.from({ length: COUNT }, (_, i) => ({
  id: IDS[i % IDS.length],
  title: `Відео ${i + 1}: як підтримати людей, які повернулися з полону`,
  duration: 'PT4M12S',
  durationText: '4:12',
  poster: '/demo/images/reintegration.svg',
}));

/** Loads a peer while renaming the tag it registers, so both can share one page. */
async function loadRenamed(tag, load) {
  const original = customElements.define;
  customElements.define = function (name, ctor, options) {
    return original.call(this, name === 'lite-youtube' ? tag : name, ctor, options);
  };
  try {
    await load();
  } finally {
    customElements.define = original;
  }
}

function classicScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

// The timed runs give every variant the same local poster and title, as a page
// would; `?peer-defaults` leaves the peers on YouTube's thumbnails (their default),
// for the count of requests they make before play.
const samePoster = !params.has('peer-defaults');

const want = (name) => !params.has('only') || params.get('only') === name;

window.bench.ready = (async () => {
  if (want('lite-youtube-jr')) {
    await loadRenamed('jr-lite-youtube', () => import('/node_modules/@justinribeiro/lite-youtube/lite-youtube.js'));
  }
  if (want('lite-youtube-embed')) {
    await loadRenamed('pi-lite-youtube', () => classicScript('/node_modules/lite-youtube-embed/src/lite-yt-embed.js'));
    // Its stylesheet selects the tag by name: follow the rename.
    const css = await (await fetch('/node_modules/lite-youtube-embed/src/lite-yt-embed.css')).text();
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css.replaceAll('lite-youtube', 'pi-lite-youtube'));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
})();

const floorSheet = new CSSStyleSheet();
floorSheet.replaceSync(`
  :host { display: block; max-width: 40em; }
  .poster { position: relative; aspect-ratio: 16 / 9; background: #000; border-radius: .5em; overflow: hidden; }
  img { width: 100%; height: 100%; object-fit: cover; display: block; }
  button { position: absolute; inset: 0; margin: auto; width: 4.25em; height: 3em; border: 0; border-radius: .75em; background: #c00; color: #fff; cursor: pointer; }
  button:focus-visible { outline: 3px solid #fff; outline-offset: 2px; }
  svg { width: 1.5em; height: 1.5em; fill: currentColor; }
  .duration { position: absolute; right: .5em; bottom: .5em; background: rgb(0 0 0 / .8); color: #fff; padding: 0 .25em; border-radius: .25em; font-size: .875em; }
  h3 { font-size: 1em; margin: .5em 0 0; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`);
const SVG = 'http://www.w3.org/2000/svg';

function floorCard(card) {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [floorSheet];
  const figure = document.createElement('div');
  figure.className = 'poster';
  const img = document.createElement('img');
  img.alt = '';
  // loading before src, as markup would have it: set after, it comes too late for an
  // image in the memory cache, which then loads eagerly and skips lazy loading's cost.
  img.loading = 'lazy';
  img.width = 480;
  img.height = 270;
  img.src = card.poster;
  const play = document.createElement('button');
  play.type = 'button';
  const label = document.createElement('span');
  label.className = 'visually-hidden';
  label.textContent = `Відтворити: ${card.title}`;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', 'M8 5v14l11-7z');
  svg.append(path);
  play.append(svg, label);
  play.addEventListener('click', () => {});
  const duration = document.createElement('span');
  duration.className = 'duration';
  const time = document.createElement('time');
  time.dateTime = card.duration;
  time.textContent = card.durationText;
  duration.append(time);
  figure.append(img, play, duration);
  const h3 = document.createElement('h3');
  h3.textContent = card.title;
  // The way out for readers who would rather watch on the host's site.
  const watch = document.createElement('a');
  watch.href = `https://www.youtube.com/watch?v=${encodeURIComponent(card.id)}`;
  watch.textContent = 'Дивитися на YouTube';
  root.append(figure, h3, watch);
  return host;
}

/** Creating the elements is inside the timed span: some peers build their DOM in the constructor. */
const cardsOf = (make) => ({
  async run({ stage }) {
    const start = performance.now();
    const els = cards.map(make);
    stage.append(...els);
    const overhead = await settle(els);
    forceLayout();
    return { ms: performance.now() - start - overhead, overhead };
  },
  inspect: ({ stage }) => ({ elements: window.bench.deepCount(stage) }),
});

define(
  'ours',
  cardsOf((card) => {
    const el = document.createElement('hromada-video');
    el.setAttribute('video-id', card.id);
    el.setAttribute('video-title', card.title);
    el.setAttribute('duration', card.duration);
    el.setAttribute('poster', card.poster);
    return el;
  }),
);
define('vanilla', cardsOf(floorCard));
define(
  'lite-youtube-jr',
  cardsOf((card) => {
    const el = document.createElement('jr-lite-youtube');
    // Its documented way to bring one's own poster; slotted before the attributes,
    // whose first change decides whether YouTube's thumbnail is fetched.
    if (samePoster) {
      const img = document.createElement('img');
      img.slot = 'image';
      img.alt = '';
      img.loading = 'lazy';
      img.src = card.poster;
      el.append(img);
    }
    el.setAttribute('videoid', card.id);
    el.setAttribute('videotitle', card.title);
    return el;
  }),
);
define(
  'lite-youtube-embed',
  cardsOf((card) => {
    const el = document.createElement('pi-lite-youtube');
    // Its documented way to bring one's own poster (then it fetches no thumbnail).
    if (samePoster) el.style.backgroundImage = `url("${card.poster}")`;
    el.setAttribute('videoid', card.id);
    el.setAttribute('title', card.title);
    return el;
  }),
);
