// SPEC §6 "layout shift while loading: 0": an element alone in a page of a given width (no
// height reserved by the page), a paragraph after it, its data held back until its skeleton is
// painted; then the layout-shift entries the browser reports until what replaced it is painted.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { stubFetch } from './fetch-stub.js';
import { emulateMedia } from '@web/test-runner-commands';
import { clearFeedCache } from './fake-timers.js';

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
let count = 0;

/**
 * `tag` with `attributes` (`{url}` in a value stands for the held-back URL, answered by `answer`),
 * measured at `width` px until `settled`; the sum of the layout shifts, the element, and where the
 * paragraph after it began and ended (its top, px). The region tree is the real one, for an element
 * that names a region once it comes (a news list's heading).
 */
export async function shiftWhileLoading(
  tag: string,
  attributes: Record<string, string>,
  answer: () => Response | Promise<Response>,
  width: number,
  settled: (root: ShadowRoot) => unknown,
): Promise<{ shift: number; el: LitElement; before: number; after: number }> {
  clearFeedCache();
  let release!: () => void;
  const answered = new Promise<void>((resolve) => (release = resolve));
  const url = `/shift-${++count}.json`;
  const realFetch = window.fetch;
  const net = stubFetch({ [url]: async () => (await answered, answer()), '/data/ua-hromadas.json': (tree, init) => realFetch(tree, init) });
  try {
    const page = await fixture<HTMLElement>(html`<div></div>`);
    page.style.width = `${width}px`;
    // Its attributes set before it is in the page: it reads them as it upgrades, as from a page's markup.
    const el = document.createElement(tag) as LitElement;
    for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value.replace('{url}', url));
    const next = document.createElement('p');
    next.textContent = 'Після. After.';
    page.append(el, next);
    await el.updateComplete;
    await frames();
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => shifts.push((entry as PerformanceEntry & { value: number }).value)));
    observer.observe({ type: 'layout-shift' });
    const before = next.getBoundingClientRect().top;
    release();
    await waitUntil(() => settled(el.shadowRoot!), 'what replaces the skeleton', { timeout: 5000 });
    await el.updateComplete;
    await frames();
    await frames();
    observer.takeRecords().forEach((entry) => shifts.push((entry as PerformanceEntry & { value: number }).value));
    observer.disconnect();
    return { shift: shifts.reduce((sum, value) => sum + value, 0), el, before, after: next.getBoundingClientRect().top };
  } finally {
    net.restore();
    clearFeedCache();
  }
}

/**
 * One test per width (a phone's, a desktop's) and case: `tag` with `attributes` and the case's own, its
 * data answered by the case's `answer`, moves nothing, and passes axe once settled.
 */
export function itMovesNothing(
  tag: string,
  attributes: Record<string, string>,
  cases: [name: string, answer: () => Response, attributes?: Record<string, string>][],
  settled: (root: ShadowRoot) => unknown,
): void {
  for (const width of [360, 1000]) {
    for (const [name, answer, own] of cases) {
      it(`is 0 at ${width} px: ${name}`, async () => {
        const { shift, el } = await shiftWhileLoading(tag, { ...attributes, ...own }, answer, width, settled);
        expect(shift).to.equal(0);
        await expect(el).to.be.accessible();
      });
    }
  }
}

/** A hromada feed with `_hromada` parts only. */
export const hromadaFeed = (parts: Record<string, unknown>) => () =>
  new Response(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Громада', items: [], _hromada: { version: 1, ...parts } }));

export const notFound = () => new Response('Not found', { status: 404 });

/**
 * Where a kept room's filler words ("hromada hromada") reach a reader of `el` with its styles gone (a reader's
 * "no style" view, where `visibility: hidden` no longer hides the room): find in page, a selection to copy.
 */
export async function fillerWithoutStyles(el: LitElement): Promise<string[]> {
  const root = el.shadowRoot!;
  root.adoptedStyleSheets = [];
  root.querySelectorAll('style').forEach((style) => style.remove());
  await frames();
  const found = root.querySelector('.room') ? [] : ['no room to look at'];
  const selection = getSelection()!;
  selection.removeAllRanges();
  if ((window as unknown as { find(text: string): boolean }).find('hromada hromada')) found.push('find');
  selection.selectAllChildren(document.body);
  if (selection.toString().includes('hromada hromada')) found.push('selection');
  selection.removeAllRanges();
  return found;
}

/** The height of `node` on paper (print media emulated, then the screen again). */
export async function printedHeight(node: Element): Promise<number> {
  await emulateMedia({ media: 'print' });
  try {
    return node.getBoundingClientRect().height;
  } finally {
    await emulateMedia({ media: 'screen' });
  }
}
