// Guide cases: <hromada-guide> over 50 light-DOM sections (heading + what follows)
// against a vanilla-DOM accordion floor enhancing the same content and GOV.UK
// Frontend's Accordion on its own markup of the same content. Each variant's
// span: insert the content, initialise, render, lay out.
import { Accordion } from '/node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js';

const { define, forceLayout, deepQueryAll, deepCount, whenRendered } = window.bench;
const SECTIONS = 50;
const sections = Array.from({ length: SECTIONS }, (_, i) => ({
  id: `section-${i + 1}`,
  title: `Розділ ${i + 1}: повернення, підтримка і права`,
  paragraphs: [
    'Шлях додому сповнений складних почуттів і спогадів. Людям, які повернулися, потрібне середовище, де вони можуть загоїти рани й відбудувати життя.',
    'Допоможіть розібратися з повсякденними справами: психологічна допомога, робота, повернення до родини й громади. Гаряча лінія працює щодня з 9:00 до 20:00.',
  ],
}));

/** The light DOM a webmaster writes: h3 + paragraphs, as parsed from HTML. */
function plainContent() {
  const fragment = document.createDocumentFragment();
  for (const section of sections) {
    const h3 = document.createElement('h3');
    h3.id = section.id;
    h3.textContent = section.title;
    fragment.append(h3);
    for (const text of section.paragraphs) {
      const p = document.createElement('p');
      p.textContent = text;
      fragment.append(p);
    }
  }
  return fragment;
}

/** GOV.UK Frontend's accordion markup (what its Nunjucks macro emits) for the same content. */
function govukContent(round) {
  const root = document.createElement('div');
  root.className = 'govuk-accordion';
  root.dataset.module = 'govuk-accordion';
  root.id = `accordion-${round}`;
  sections.forEach((section, i) => {
    const item = document.createElement('div');
    item.className = 'govuk-accordion__section';
    const header = document.createElement('div');
    header.className = 'govuk-accordion__section-header';
    const heading = document.createElement('h3');
    heading.className = 'govuk-accordion__section-heading';
    const button = document.createElement('span');
    button.className = 'govuk-accordion__section-button';
    button.id = `${root.id}-heading-${i + 1}`;
    button.textContent = section.title;
    heading.append(button);
    header.append(heading);
    const content = document.createElement('div');
    content.className = 'govuk-accordion__section-content';
    content.id = `${root.id}-content-${i + 1}`;
    for (const text of section.paragraphs) {
      const p = document.createElement('p');
      p.className = 'govuk-body';
      p.textContent = text;
      content.append(p);
    }
    item.append(header, content);
    root.append(item);
  });
  return root;
}

const allExpanded = (root) => deepQueryAll(root, '[aria-expanded]').length >= SECTIONS;

define('ours', {
  setup: (stage) => ({ stage, content: plainContent() }),
  async run(state) {
    const start = performance.now();
    const el = document.createElement('hromada-guide');
    el.setAttribute('heading-level', '3');
    el.append(state.content);
    state.stage.append(el);
    // Done when Lit has no update pending and the buttons are in the shadow root: both checks
    // count as the element's time. Nothing is subtracted, so the wall time of a tree walk (more
    // than its CPU time when the machine preempts it) cannot be taken off the CPU figure.
    while (!(await el.updateComplete));
    let overhead = 0;
    if (el.shadowRoot.querySelectorAll('[aria-expanded]').length < SECTIONS) {
      // Rendered later than its update (it does not, today): watched, and the watching taken off.
      overhead = await whenRendered(el, () => allExpanded(el), 10000, `${SECTIONS} accordion buttons`);
    }
    forceLayout();
    return { ms: performance.now() - start - overhead, overhead };
  },
  inspect: ({ stage }) => ({ elements: deepCount(stage) }),
});

/** The floor: the WAI-ARIA accordion pattern done by hand over the same headings. */
function enhance(root) {
  const headings = [...root.querySelectorAll(':scope > h3')];
  const showAll = document.createElement('button');
  showAll.type = 'button';
  showAll.className = 'guide-all';
  showAll.textContent = 'Показати все';
  root.prepend(showAll);
  for (const h3 of headings) {
    const panel = document.createElement('div');
    panel.id = `${h3.id}-panel`;
    panel.setAttribute('role', 'region');
    panel.setAttribute('aria-labelledby', `${h3.id}-button`);
    panel.hidden = 'until-found';
    let next = h3.nextElementSibling;
    while (next && next.tagName !== 'H3') {
      const after = next.nextElementSibling;
      panel.append(next);
      next = after;
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.id = `${h3.id}-button`;
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', panel.id);
    button.append(...h3.childNodes);
    h3.append(button);
    h3.after(panel);
  }
  root.addEventListener('click', (event) => {
    const button = event.target.closest('h3 > button');
    if (!button) return;
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    document.getElementById(button.getAttribute('aria-controls')).hidden = open ? false : 'until-found';
  });
  root.addEventListener('beforematch', (event) => {
    event.target.previousElementSibling.querySelector('button').setAttribute('aria-expanded', 'true');
  });
}

const floorStyle = document.createElement('style');
floorStyle.textContent = `
  .guide-floor h3 { margin: 0; font-size: 1.1em; }
  .guide-floor h3 > button { all: inherit; display: flex; width: 100%; min-height: 2.75em; align-items: center; cursor: pointer; border-top: 1px solid #b1b4b6; }
  .guide-floor h3 > button:focus-visible { outline: 3px solid #fd0; }
  .guide-floor h3 > button::after { content: '+'; margin-inline-start: auto; }
  .guide-floor h3 > button[aria-expanded='true']::after { content: '−'; }
  @media print { .guide-floor [hidden] { display: block !important; } }
`;
document.head.append(floorStyle);

define('vanilla', {
  setup: (stage) => ({ stage, content: plainContent() }),
  run({ stage, content }) {
    const start = performance.now();
    const root = document.createElement('div');
    root.className = 'guide-floor';
    root.append(content);
    stage.append(root);
    enhance(root);
    forceLayout();
    return { ms: performance.now() - start };
  },
  inspect: ({ stage }) => ({ elements: deepCount(stage) }),
});

define('govuk', {
  setup: (stage, round) => ({ stage, root: govukContent(round) }),
  run({ stage, root }) {
    const start = performance.now();
    stage.append(root);
    new Accordion(root);
    forceLayout();
    return { ms: performance.now() - start };
  },
  inspect: ({ stage }) => ({ elements: deepCount(stage) }),
});
