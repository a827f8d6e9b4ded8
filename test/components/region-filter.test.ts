import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/region-filter/define.js';
import type { HromadaRegionFilter } from '../../src/components/region-filter/region-filter.js';
import type { HromadaRegionChangeEvent } from '../../src/events/hromada-region-change.js';
import { setLocale } from '../../src/i18n/localization.js';
import { localeSettled } from '../helpers/locale.js';
import { installFakeTimers, trickle, type FakeClock } from '../helpers/fake-timers.js';

// The built data: the compact settlements lie beside the tree.
const TREE = '/dist/data/ua-hromadas.json';
const SUMY = 'UA59000000000057109';
const ZNOB = 'UA59100090000041284';
const SHOSTKA_HROMADA = 'UA59100170000093676';

const shadow = (el: HromadaRegionFilter) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: HromadaRegionFilter, selector: string) => shadow(el).querySelector<T & Element>(selector)!;
const texts = (el: HromadaRegionFilter, selector: string) =>
  [...shadow(el).querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
const input = (el: HromadaRegionFilter) => $<HTMLInputElement>(el, 'input');
/** The options' names, without the line saying where each lies. */
const names = (el: HromadaRegionFilter) =>
  [...shadow(el).querySelectorAll('[role="option"]')].map((option) =>
    option.textContent!.replace(option.querySelector('small')!.textContent!, '').replace(/\s+/g, ' ').trim(),
  );
const status = (el: HromadaRegionFilter) => $(el, '[part="status"]').textContent!.trim();

async function filter(template = html`<hromada-region-filter regions-src=${TREE} url-param="" open></hromada-region-filter>`) {
  const el = await fixture<HromadaRegionFilter>(template);
  return el;
}

/**
 * Serves the built data under /<dir>/ (a URL no other test has loaded: the data
 * is loaded once per URL per page), records the requests, and fails the
 * settlements while `failing.settlements` is true.
 */
function serveData(dir: string) {
  const realFetch = window.fetch;
  const served = { requests: [] as string[], failSettlements: false, restore: () => (window.fetch = realFetch) };
  window.fetch = ((url: RequestInfo | URL, init?: RequestInit) => {
    const path = new URL(String(url), location.href).pathname;
    if (!path.startsWith(`/${dir}/`)) return realFetch(url, init);
    served.requests.push(path);
    if (served.failSettlements && path.endsWith('ua-settlements.json')) return Promise.resolve(new Response('', { status: 404 }));
    return realFetch(path.replace(`/${dir}/`, '/dist/data/'), init);
  }) as typeof fetch;
  return served;
}

/** Waits for the tree to be loaded (the oblast's raions show) or for an error. */
async function treeSettled(el: HromadaRegionFilter) {
  await waitUntil(() => !(el as unknown as { loading: number }).loading, 'tree did not load', { timeout: 5000 });
  await el.updateComplete;
}

/** Types into the search field with real key presses and waits for the settlements and their index. */
async function type(el: HromadaRegionFilter, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
  await waitUntil(() => !(el as unknown as { loading: number }).loading, 'data did not load', { timeout: 8000 });
  await el.updateComplete;
}

/** Presses retry after the settlements failed, and checks that they load: "зноб" finds the village too, the error is gone. */
async function retrySettlements(el: HromadaRegionFilter) {
  $<HTMLButtonElement>(el, '[part="retry"]').click();
  await el.updateComplete;
  await waitUntil(() => !(el as unknown as { loading: number }).loading, 'retry did not load', { timeout: 8000 });
  await el.updateComplete;
  expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
  expect(names(el)).to.include('Зноб-Новгородське');
}

function choice(el: HromadaRegionFilter, label: string): HTMLButtonElement {
  const button = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="choice"]')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === label);
  if (!button) throw new Error(`no choice "${label}" among ${texts(el, '[part="choice"]').slice(0, 40).join(' | ')}`);
  return button;
}

describe('<hromada-region-filter>', () => {
  const originalUrl = window.location.href;
  afterEach(async () => {
    window.history.replaceState(null, '', originalUrl);
    setLocale(null);
    await localeSettled();
  });

  describe('accessibility', () => {
    it('is accessible closed', async () => {
      const el = await fixture<HromadaRegionFilter>(html`<hromada-region-filter regions-src=${TREE} url-param=""></hromada-region-filter>`);
      expect($(el, '[part="panel"]').hidden).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('is accessible open, with the oblast list', async () => {
      const el = await filter();
      await expect(el).to.be.accessible();
    });

    it('is accessible while the hromadas load', async () => {
      const el = await fixture<HromadaRegionFilter>(html`<hromada-region-filter regions-src="${TREE}?slow" url-param=""></hromada-region-filter>`);
      const realFetch = window.fetch;
      let release!: () => void;
      window.fetch = (async (...args: Parameters<typeof fetch>) => {
        await new Promise<void>((resolve) => (release = resolve));
        return realFetch(...args);
      }) as typeof fetch;
      try {
        el.value = SUMY;
        el.open = true;
        await el.updateComplete;
        expect(shadow(el).textContent).to.include('Завантаження…');
        await expect(el).to.be.accessible();
      } finally {
        window.fetch = realFetch;
        release();
      }
    });

    it('is accessible with search results, an active option and no results', async () => {
      const el = await filter();
      await type(el, 'зноб');
      expect(texts(el, '[role="option"]').length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await sendKeys({ type: 'qqq' });
      await el.updateComplete;
      expect(status(el)).to.equal('Знайдено: 0');
      await expect(el).to.be.accessible();
    });

    it('is accessible in the error state', async () => {
      const el = await filter(html`<hromada-region-filter regions-src="/no-such/ua-hromadas.json" url-param="" open></hromada-region-filter>`);
      await treeSettled(el);
      expect(shadow(el).querySelector('[part="error"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('toggle', () => {
    it('opens and closes the panel, saying so', async () => {
      const el = await fixture<HromadaRegionFilter>(html`<hromada-region-filter regions-src=${TREE} url-param=""></hromada-region-filter>`);
      const toggle = $<HTMLButtonElement>(el, '[part="toggle"]');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.textContent!.trim()).to.equal('Відкрити фільтри');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(toggle.textContent!.trim()).to.equal('Закрити фільтри');
      expect($(el, '#' + toggle.getAttribute('aria-controls')).hidden).to.equal(false);
      expect(el.open).to.equal(true);
    });

    it('speaks the language chosen while it was out of the page, once put back', async () => {
      const el = await fixture<HromadaRegionFilter>(html`<hromada-region-filter regions-src=${TREE} url-param=""></hromada-region-filter>`);
      const parent = el.parentNode!;
      el.remove();
      // Put back only once the language has changed (its templates may still be loading).
      const ready = new Promise((resolve) =>
        addEventListener('lit-localize-status', (event) => (event as CustomEvent<{ status: string }>).detail.status == 'ready' && resolve(0)),
      );
      setLocale('en');
      await ready;
      parent.append(el);
      await el.updateComplete;
      expect($(el, '[part="toggle"]').textContent!.trim()).to.equal('Open filters');
    });
  });

  describe('browsing', () => {
    it('lists all of Ukraine, the 24 oblasts and Kyiv, without the occupied Crimean units', async () => {
      const el = await filter();
      const labels = texts(el, '[part="choice"]');
      expect(labels).to.have.length(26);
      expect(labels[0]).to.equal('Уся Україна');
      expect(labels).to.include('Сумська область');
      expect(labels).to.include('Київ');
      expect(labels).to.not.include('Автономна Республіка Крим');
      expect(labels).to.not.include('Севастополь');
    });

    it('lists Crimea and Sevastopol with include-occupied-crimea', async () => {
      const el = await filter(html`<hromada-region-filter regions-src=${TREE} url-param="" include-occupied-crimea open></hromada-region-filter>`);
      expect(texts(el, '[part="choice"]')).to.include.members(['Автономна Республіка Крим', 'Севастополь']);
    });

    it('reads the boolean attributes written "false" (Vue\'s and Svelte\'s false binding) as false', async () => {
      const el = await filter(html`<hromada-region-filter regions-src=${TREE} url-param="" include-occupied-crimea="false" open="false"></hromada-region-filter>`);
      expect([el.includeOccupiedCrimea, el.open]).to.deep.equal([false, false]);
      el.setAttribute('include-occupied-crimea', '');
      el.open = true;
      await el.updateComplete;
      expect(texts(el, '[part="choice"]')).to.include('Севастополь');
      el.setAttribute('include-occupied-crimea', 'false');
      await el.updateComplete;
      expect(texts(el, '[part="choice"]')).to.not.include('Севастополь');
    });

    it('chooses an oblast, then shows its hromadas grouped by raion under it, focus staying on it', async () => {
      const el = await filter();
      const sumy = choice(el, 'Сумська область');
      sumy.focus();
      setTimeout(() => sumy.click());
      const event = await oneEvent(el, 'hromada-region-change');
      expect(event.detail).to.deep.equal({ code: SUMY, level: 'oblast', name: 'Сумська область' });
      expect(el.value).to.equal(SUMY);
      expect(el.getAttribute('value')).to.equal(SUMY);
      await el.updateComplete;
      expect($(el, '[part="current"]').textContent).to.equal('Сумська область');
      await treeSettled(el);
      const labels = texts(el, '[part="choice"]');
      expect(labels.slice(0, 2)).to.deep.equal(['Уся Україна', 'Вінницька область']);
      expect(labels).to.include('Шосткинський район');
      expect(labels).to.include('Зноб-Новгородська селищна громада');
      expect(shadow(el).activeElement).to.equal(sumy);
      expect(sumy.getAttribute('aria-current')).to.equal('true');
      await expect(el).to.be.accessible();
      // Grouped: the oblast's item holds its raions, each raion's its hromadas.
      expect([...sumy.closest('li')!.querySelectorAll('[part="choice"]')].map((b) => b.textContent!.trim())).to.include('Шосткинський район');
      const raion = choice(el, 'Шосткинський район').closest('li')!;
      expect([...raion.querySelectorAll('[part="choice"]')].map((b) => b.textContent!.trim())).to.include('Зноб-Новгородська селищна громада');
      // Another oblast's hromadas are not shown.
      expect(labels).to.not.include('Вінницький район');
    });

    it('chooses a hromada and a raion, and "Уся Україна" clears', async () => {
      const el = await filter();
      choice(el, 'Сумська область').click();
      await treeSettled(el);
      setTimeout(() => choice(el, 'Зноб-Новгородська селищна громада').click());
      expect((await oneEvent(el, 'hromada-region-change')).detail).to.deep.equal({
        code: ZNOB,
        level: 'hromada',
        name: 'Зноб-Новгородська селищна громада',
      });
      expect(choice(el, 'Зноб-Новгородська селищна громада').getAttribute('aria-current')).to.equal('true');
      setTimeout(() => choice(el, 'Шосткинський район').click());
      expect((await oneEvent(el, 'hromada-region-change')).detail.level).to.equal('raion');
      setTimeout(() => choice(el, 'Уся Україна').click());
      expect((await oneEvent(el, 'hromada-region-change')).detail).to.deep.equal({ code: null, level: null, name: 'Уся Україна' });
      expect(el.value).to.equal('');
      await el.updateComplete;
      expect(texts(el, '[part="choice"]')).to.have.length(26);
    });

    it('offers only the regions of `only`, with the oblasts and raions leading to them', async () => {
      const el = await filter(html`<hromada-region-filter regions-src=${TREE} url-param="" only="${ZNOB} ${SHOSTKA_HROMADA}" open></hromada-region-filter>`);
      expect(texts(el, '[part="choice"]')).to.deep.equal(['Уся Україна', 'Сумська область']);
      choice(el, 'Сумська область').click();
      await treeSettled(el);
      expect(texts(el, '[part="choice"]')).to.deep.equal([
        'Уся Україна',
        'Сумська область',
        'Шосткинський район',
        'Зноб-Новгородська селищна громада',
        'Шосткинська міська громада',
      ]);
    });

    it('offers every region again, without an exception, when `only` is removed', async () => {
      const el = await filter(html`<hromada-region-filter regions-src=${TREE} url-param="" only=${ZNOB} open></hromada-region-filter>`);
      expect(texts(el, '[part="choice"]')).to.deep.equal(['Уся Україна', 'Сумська область']);
      el.removeAttribute('only');
      await el.updateComplete;
      expect(texts(el, '[part="choice"]')).to.have.length(26);
    });
  });

  describe('search', () => {
    it('does not fetch the settlements until the first keystroke', async () => {
      const served = serveData('lazy');
      try {
        const el = await filter(html`<hromada-region-filter regions-src="/lazy/ua-hromadas.json" url-param="" open></hromada-region-filter>`);
        await treeSettled(el);
        expect(served.requests).to.deep.equal(['/lazy/ua-hromadas.json']);
        await type(el, 'ш');
        expect(served.requests).to.deep.equal(['/lazy/ua-hromadas.json', '/lazy/ua-settlements.json']);
      } finally {
        served.restore();
      }
    });

    it('"Шостка" offers Шосткинська громада, saying the town belongs to it', async () => {
      const el = await filter();
      await type(el, 'Шостка');
      const options = texts(el, '[role="option"]');
      expect(options).to.include('Шостка входить до: Шосткинська міська громада, Шосткинський район, Сумська область');
      expect(status(el)).to.equal('Знайдено: 1');
    });

    it('"znob" and "kamianets" find their hromadas by the transliteration', async () => {
      const el = await filter();
      await type(el, 'znob');
      expect(names(el)[0]).to.equal('Зноб-Новгородська селищна громада');
      input(el).select();
      await sendKeys({ type: 'kamianets' });
      await el.updateComplete;
      expect(names(el)).to.include('Кам’янець-Подільська міська громада');
    });

    it('tells hromadas of the same name apart by raion and oblast', async () => {
      const el = await filter(html`<hromada-region-filter regions-src=${TREE} url-param="" include-occupied-crimea open></hromada-region-filter>`);
      await type(el, 'Іванівська');
      const hromadas = texts(el, '[role="option"]').filter((text) => text.startsWith('Іванівська сільська громада'));
      expect(hromadas).to.have.length(5);
      expect(new Set(hromadas).size).to.equal(hromadas.length);
      for (const hromada of hromadas) expect(hromada).to.match(/ район, .+(область|Крим)$/);
    });

    it('tells apart, in both languages, same-named hromadas of one raion by their type', async () => {
      // Nikopol raion has a Pokrovska city hromada and a Pokrovska village hromada.
      const el = await filter();
      await type(el, 'Покровська');
      const uk = texts(el, '[role="option"]').filter((text) => text.includes('Нікопольський район'));
      expect(uk).to.deep.equal([
        'Покровська міська громада Нікопольський район, Дніпропетровська область',
        'Покровська сільська громада Нікопольський район, Дніпропетровська область',
      ]);
      setLocale('en');
      await localeSettled();
      await el.updateComplete;
      const en = texts(el, '[role="option"]').filter((text) => text.includes('Nikopolskyi raion'));
      expect(en).to.deep.equal([
        'Pokrovska city hromada Nikopolskyi raion, Dnipropetrovsk Oblast',
        'Pokrovska village hromada Nikopolskyi raion, Dnipropetrovsk Oblast',
      ]);
      // Every same-named hromada of the results reads differently.
      const all = texts(el, '[role="option"]').filter((text) => text.startsWith('Pokrovska') && text.includes('hromada'));
      expect(new Set(all).size).to.equal(all.length);
    });

    it('finds hromadas while the settlements are still on their way', async () => {
      const served = serveData('slowsettlements');
      let release!: () => void;
      const arrived = new Promise<void>((resolve) => (release = resolve));
      const realFetch = window.fetch;
      window.fetch = (async (url: RequestInfo | URL, init?: RequestInit) => {
        if (String(url).includes('ua-settlements')) await arrived;
        return realFetch(url, init);
      }) as typeof fetch;
      try {
        const el = await filter(html`<hromada-region-filter regions-src="/slowsettlements/ua-hromadas.json" url-param="" open></hromada-region-filter>`);
        await treeSettled(el);
        input(el).focus();
        await sendKeys({ type: 'зноб' });
        await waitUntil(() => names(el).length > 0, 'no hromada results while loading', { timeout: 5000 });
        expect(names(el)).to.deep.equal(['Зноб-Новгородська селищна громада']);
        expect((el as unknown as { loading: number }).loading).to.be.greaterThan(0);
        // More is on its way, and the reader is told so (on 2G the settlements take a minute).
        expect(status(el)).to.equal('Знайдено: 1 · Завантаження…');
        release();
        await waitUntil(() => !(el as unknown as { loading: number }).loading, 'settlements did not load', { timeout: 8000 });
        await el.updateComplete;
        expect(names(el)).to.include('Зноб-Новгородське');
        expect(status(el)).to.match(/^Знайдено: \d+$/);
      } finally {
        window.fetch = realFetch;
        served.restore();
        release();
      }
    });

    it('announces the number of results in a live region', async () => {
      const el = await filter();
      await type(el, 'андріїв');
      expect($(el, '[part="status"]').getAttribute('role')).to.equal('status');
      expect(status(el)).to.match(/^Знайдено: \d+$/);
      expect(Number(status(el).slice(10))).to.be.greaterThan(30);
      expect(shadow(el).querySelectorAll('[role="option"]')).to.have.length(30);
    });

    it('works in English: labels, transliterated settlements, the count', async () => {
      setLocale('en');
      await localeSettled();
      const el = await filter();
      expect($(el, '[part="toggle"]').textContent!.trim()).to.equal('Close filters');
      expect(texts(el, '[part="choice"]')).to.include('Sumy Oblast');
      await type(el, 'shostka');
      expect(texts(el, '[role="option"]')).to.include('Shostka part of: Shostkynska city hromada, Shostkynskyi raion, Sumy Oblast');
      expect(status(el)).to.equal('Found: 1');
    });

    it('writes a large count as the language writes numbers (Found: 1,234)', async () => {
      setLocale('en');
      await localeSettled();
      const el = await filter();
      await type(el, 'ka');
      expect(status(el)).to.match(/^Found: \d{1,2},\d{3}$/);
    });

    it('says which settlement led to a hromada', async () => {
      const el = await filter();
      await type(el, 'Вовна');
      expect(texts(el, '[role="option"]')[0]).to.equal('Вовна входить до: Шосткинська міська громада, Шосткинський район, Сумська область');
    });
  });

  describe('keyboard (APG combobox with listbox popup)', () => {
    it('moves through the options with the arrows, wraps, and chooses with Enter', async () => {
      const el = await filter();
      await type(el, 'зноб');
      const field = input(el);
      expect(field.getAttribute('aria-expanded')).to.equal('true');
      expect(field.hasAttribute('aria-activedescendant')).to.equal(false);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(field.getAttribute('aria-activedescendant')).to.equal('option-0');
      expect($(el, '#option-0').getAttribute('aria-selected')).to.equal('true');
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      const count = shadow(el).querySelectorAll('[role="option"]').length;
      expect(field.getAttribute('aria-activedescendant')).to.equal(`option-${count - 1}`);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(field.getAttribute('aria-activedescendant')).to.equal('option-0');
      setTimeout(() => sendKeys({ press: 'Enter' }));
      const event = (await oneEvent(el, 'hromada-region-change')) as HromadaRegionChangeEvent;
      expect(event.detail.code).to.equal(ZNOB);
      await el.updateComplete;
      expect(field.value).to.equal('');
      expect(field.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, '[part="current"]').textContent).to.equal('Зноб-Новгородська селищна громада');
      expect(shadow(el).activeElement).to.equal(field);
    });

    it('Home and End return to the text; Escape closes the list, then clears the field', async () => {
      const el = await filter();
      await type(el, 'зноб');
      const field = input(el);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(field.hasAttribute('aria-activedescendant')).to.equal(false);
      expect(field.selectionStart).to.equal(0);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(field.selectionStart).to.equal(4);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(field.getAttribute('aria-expanded')).to.equal('false');
      expect(field.value).to.equal('зноб');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(field.value).to.equal('');
    });

    it('a further Escape closes the panel and returns focus to the toggle, from the field or a choice', async () => {
      const el = await filter();
      await type(el, 'зноб');
      for (const key of ['Escape', 'Escape']) await sendKeys({ press: key });
      await el.updateComplete;
      expect(el.open).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(shadow(el).activeElement).to.equal($(el, '[part="toggle"]'));
      $<HTMLButtonElement>(el, '[part="toggle"]').click();
      await el.updateComplete;
      choice(el, 'Сумська область').focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(shadow(el).activeElement).to.equal($(el, '[part="toggle"]'));
    });

    it('clears the field with the clear button and keeps focus in it', async () => {
      const el = await filter();
      await type(el, 'зноб');
      $<HTMLButtonElement>(el, '[part="clear"]').click();
      await el.updateComplete;
      expect(input(el).value).to.equal('');
      expect(shadow(el).activeElement).to.equal(input(el));
      expect($(el, '[part="clear"]').hidden).to.equal(true);
    });

    it('chooses an option by click', async () => {
      const el = await filter();
      await type(el, 'Шостка');
      setTimeout(() => $(el, '[role="option"]').click());
      expect((await oneEvent(el, 'hromada-region-change')).detail.code).to.equal(SHOSTKA_HROMADA);
    });
  });

  describe('the page URL', () => {
    it('restores the region from ?region= and names it once the tree is here', async () => {
      window.history.replaceState(null, '', `?region=${ZNOB}`);
      const events: HromadaRegionChangeEvent[] = [];
      const onChange = (event: HromadaRegionChangeEvent) => events.push(event);
      document.addEventListener('hromada-region-change', onChange);
      try {
        const el = await fixture<HromadaRegionFilter>(html`<hromada-region-filter regions-src=${TREE}></hromada-region-filter>`);
        expect(el.value).to.equal(ZNOB);
        await waitUntil(() => events.length > 0, 'no event', { timeout: 5000 });
        expect(events[0].detail).to.deep.equal({ code: ZNOB, level: 'hromada', name: 'Зноб-Новгородська селищна громада' });
        expect($(el, '[part="current"]').textContent).to.equal('Зноб-Новгородська селищна громада');
      } finally {
        document.removeEventListener('hromada-region-change', onChange);
      }
    });

    it('tells a following list when it drops a region of the URL that it does not offer', async () => {
      window.history.replaceState(null, '', `?region=${ZNOB}`);
      const events: HromadaRegionChangeEvent[] = [];
      const onChange = (event: HromadaRegionChangeEvent) => events.push(event);
      document.addEventListener('hromada-region-change', onChange);
      const originalWarn = console.warn;
      console.warn = () => {};
      try {
        const el = await fixture<HromadaRegionFilter>(html`<hromada-region-filter regions-src=${TREE} only=${SHOSTKA_HROMADA}></hromada-region-filter>`);
        await waitUntil(() => events.length > 0, 'no event: a list following the filter keeps the dropped region', { timeout: 5000 });
        expect(el.value).to.equal('');
        expect(events.map((event) => event.detail.code)).to.deep.equal([null]);
      } finally {
        console.warn = originalWarn;
        document.removeEventListener('hromada-region-change', onChange);
      }
    });

    it('pushes a reader\'s choice, and Back/Forward move between choices', async () => {
      const el = await fixture<HromadaRegionFilter>(html`<hromada-region-filter regions-src=${TREE} url-param="oblast" open></hromada-region-filter>`);
      const length = window.history.length;
      choice(el, 'Сумська область').click();
      await el.updateComplete;
      expect(new URL(window.location.href).searchParams.get('oblast')).to.equal(SUMY);
      expect(window.history.length).to.equal(length + 1);
      setTimeout(() => window.history.back());
      expect((await oneEvent(el, 'hromada-region-change')).detail.code).to.equal(null);
      expect(el.value).to.equal('');
      setTimeout(() => window.history.forward());
      expect((await oneEvent(el, 'hromada-region-change')).detail.code).to.equal(SUMY);
    });

    it('keeps two filters on one url-param together, without waking the page\'s router, and Back moves both', async () => {
      const host = await fixture<HTMLElement>(html`<div>
        <hromada-region-filter regions-src=${TREE} url-param="shared" open></hromada-region-filter>
        <hromada-region-filter regions-src=${TREE} url-param="shared"></hromada-region-filter>
        <hromada-region-filter regions-src=${TREE} url-param="other" value=${ZNOB}></hromada-region-filter>
      </div>`);
      const [first, second, other] = host.querySelectorAll('hromada-region-filter');
      await Promise.all([first, second, other].map((el) => el.updateComplete));
      let woken = 0;
      const router = () => (woken += 1);
      window.addEventListener('popstate', router);
      try {
        choice(first, 'Сумська область').click();
        await first.updateComplete;
        expect(new URL(window.location.href).searchParams.get('shared')).to.equal(SUMY);
        expect(second.value, 'the other filter on ?shared=').to.equal(SUMY);
        expect(other.value, 'a filter on another parameter keeps its own').to.equal(ZNOB);
        expect(woken, 'popstate events the page heard').to.equal(0);
        setTimeout(() => window.history.back());
        await oneEvent(second, 'hromada-region-change');
        expect([first.value, second.value]).to.deep.equal(['', '']);
      } finally {
        window.removeEventListener('popstate', router);
      }
    });

    it('keeps the page\'s own value when the URL names no region, and follows Back to it', async () => {
      const el = await fixture<HromadaRegionFilter>(html`<hromada-region-filter regions-src=${TREE} value=${SUMY} open></hromada-region-filter>`);
      await el.updateComplete;
      expect(el.value).to.equal(SUMY);
      choice(el, 'Уся Україна').click();
      await el.updateComplete;
      window.history.replaceState(null, '', `?region=${ZNOB}`);
      window.dispatchEvent(new PopStateEvent('popstate'));
      expect(el.value).to.equal(ZNOB);
      window.history.replaceState(null, '', originalUrl);
      window.dispatchEvent(new PopStateEvent('popstate'));
      expect(el.value).to.equal('');
    });

    it('syncs the default ?region= again once url-param is removed (or set to null by a framework)', async () => {
      const el = await fixture<HromadaRegionFilter>(html`<hromada-region-filter regions-src=${TREE} url-param="" open></hromada-region-filter>`);
      el.removeAttribute('url-param');
      await el.updateComplete;
      choice(el, 'Сумська область').click();
      await el.updateComplete;
      expect(new URL(window.location.href).searchParams.get('region')).to.equal(SUMY);
    });

    it('announces a value set while it was out of the page once it is back, so that lists following it catch up', async () => {
      const el = await filter();
      const parent = el.parentNode!;
      const heard: (string | null)[] = [];
      const listener = (event: HromadaRegionChangeEvent) => heard.push(event.detail.code);
      document.addEventListener('hromada-region-change', listener);
      try {
        el.remove();
        el.value = SUMY;
        await el.updateComplete;
        parent.append(el);
        await el.updateComplete;
        parent.append(el);
        await el.updateComplete;
        expect(heard).to.deep.equal([SUMY]);
      } finally {
        document.removeEventListener('hromada-region-change', listener);
      }
    });

    it('reads the url-param (or no URL at all) set as a property before the script defined the element', async () => {
      window.history.replaceState(null, '', `?region=${SUMY}&mine=${ZNOB}`);
      const [mine, none] = ['mine', ''].map((urlParam) => Object.assign(document.createElement('hromada-region-filter-late'), { regionsSrc: TREE, urlParam }));
      const host = await fixture(html`<div></div>`);
      host.append(mine, none);
      customElements.define('hromada-region-filter-late', class extends (customElements.get('hromada-region-filter') as typeof HromadaRegionFilter) {});
      await (mine as HromadaRegionFilter).updateComplete;
      await (none as HromadaRegionFilter).updateComplete;
      expect([(mine as HromadaRegionFilter).value, (none as HromadaRegionFilter).value]).to.deep.equal([ZNOB, '']);
    });

    it('leaves the URL alone with url-param=""', async () => {
      const el = await filter();
      choice(el, 'Сумська область').click();
      await el.updateComplete;
      expect(window.location.href).to.equal(originalUrl);
    });

    it('refuses a code it does not offer, with a console warning', async () => {
      window.history.replaceState(null, '', `?region=UA01000000000013043`);
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (message: string) => warnings.push(message);
      try {
        const el = await fixture<HromadaRegionFilter>(html`<hromada-region-filter regions-src=${TREE}></hromada-region-filter>`);
        await el.updateComplete;
        await el.updateComplete;
        expect(el.value).to.equal('');
        expect(warnings.join()).to.include('UA01000000000013043');
      } finally {
        console.warn = warn;
      }
    });
    it('takes a removed value attribute, or a null value, for all of Ukraine', async () => {
      const el = await fixture<HromadaRegionFilter>(html`<hromada-region-filter regions-src=${TREE} url-param="" value=${SUMY} open></hromada-region-filter>`);
      await el.updateComplete;
      setTimeout(() => el.removeAttribute('value'));
      expect((await oneEvent(el, 'hromada-region-change')).detail).to.deep.equal({ code: null, level: null, name: 'Уся Україна' });
      expect(el.value).to.equal('');
      expect($(el, '[part="current"]').textContent).to.equal('Уся Україна');
      el.value = SUMY;
      await el.updateComplete;
      (el as unknown as { value: null }).value = null;
      await el.updateComplete;
      expect(el.value).to.equal('');
    });
  });

  describe('attributes removed after the first render', () => {
    it('offers every region again once `only` is removed or set to null, without throwing', async () => {
      const el = await fixture<HromadaRegionFilter>(html`<hromada-region-filter regions-src=${TREE} url-param="" only=${SUMY} open></hromada-region-filter>`);
      await treeSettled(el);
      expect(texts(el, '[part="panel"] > [part="list"] > li > [part="choice"]')).to.have.length(2);
      el.removeAttribute('only');
      await el.updateComplete;
      expect(texts(el, '[part="panel"] > [part="list"] > li > [part="choice"]')).to.have.length(26);
      el.only = SUMY;
      await el.updateComplete;
      (el as unknown as { only: null }).only = null;
      await el.updateComplete;
      expect(texts(el, '[part="panel"] > [part="list"] > li > [part="choice"]')).to.have.length(26);
    });
  });

  describe('when the region data is unavailable', () => {
    let realFetch: typeof fetch;
    let consoleError: typeof console.error;
    let fail: boolean;
    beforeEach(() => {
      realFetch = window.fetch;
      consoleError = console.error;
      fail = true;
      window.fetch = ((url: RequestInfo | URL, init?: RequestInit) =>
        fail ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(url, init)) as typeof fetch;
      console.error = () => {};
    });
    afterEach(() => {
      window.fetch = realFetch;
      console.error = consoleError;
      window.history.replaceState(null, '', originalUrl);
    });

    it('says so, keeps the oblast list working, and retries', async () => {
      const el = await filter(html`<hromada-region-filter regions-src="${TREE}?flaky" url-param="" open></hromada-region-filter>`);
      await treeSettled(el);
      expect($(el, '[part="error"]').textContent).to.include('Не вдалося з’єднатися з сервером');
      setTimeout(() => choice(el, 'Сумська область').click());
      expect((await oneEvent(el, 'hromada-region-change')).detail.name).to.equal('Сумська область');
      fail = false;
      $<HTMLButtonElement>(el, '[part="retry"]').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await treeSettled(el);
      expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
      // The pressed button is gone: focus stays in the filter, not on the page's <body>.
      expect(shadow(el).activeElement === $(el, '[part="toggle"]'), 'focus on the toggle').to.equal(true);
      expect(texts(el, '[part="choice"]')).to.include('Шосткинський район');
    });

    it('tries again by itself once the browser is back online, as a feed does; not after a 404', async () => {
      const el = await filter(html`<hromada-region-filter regions-src="${TREE}?online" url-param="" open></hromada-region-filter>`);
      await treeSettled(el);
      expect($(el, '[part="error"]')).to.not.equal(null);
      fail = false;
      window.dispatchEvent(new Event('online'));
      await el.updateComplete;
      await treeSettled(el);
      expect(shadow(el).querySelector('[part="error"]') !== null, 'error after online').to.equal(false);
      expect(texts(el, '[part="choice"]')).to.include('Сумська область');
      // A missing file is not the network's fault: coming back online asks for it no more.
      const requests: string[] = [];
      window.fetch = ((url: RequestInfo | URL, init?: RequestInit) => (requests.push(String(url)), realFetch(url, init))) as typeof fetch;
      const missing = await filter(html`<hromada-region-filter regions-src="/no-such-online/ua-hromadas.json" url-param="" open></hromada-region-filter>`);
      await treeSettled(missing);
      expect($(missing, '[part="error"]')).to.not.equal(null);
      const asked = requests.length;
      window.dispatchEvent(new Event('online'));
      await missing.updateComplete;
      await treeSettled(missing);
      expect(requests.length).to.equal(asked);
    });

    it('keeps a hromada the URL names (a following news list still filters by it) and names it after a retry', async () => {
      window.history.replaceState(null, '', `?region=${ZNOB}`);
      const el = await filter(html`<hromada-region-filter regions-src="${TREE}?offline" open></hromada-region-filter>`);
      await treeSettled(el);
      await el.updateComplete;
      expect($(el, '[part="error"]')).to.not.equal(null);
      expect(el.value).to.equal(ZNOB);
      expect($(el, '[part="current"]').textContent).to.equal('');
      fail = false;
      setTimeout(() => $<HTMLButtonElement>(el, '[part="retry"]').click());
      expect((await oneEvent(el, 'hromada-region-change')).detail).to.deep.equal({ code: ZNOB, level: 'hromada', name: 'Зноб-Новгородська селищна громада' });
    });
  });

  describe('when regions-src changes after the first render', () => {
    it('forgets the old URL\'s failure and loads the tree from the new one', async () => {
      const error = console.error;
      console.error = () => {};
      try {
        const el = await filter(html`<hromada-region-filter regions-src="/no-such-dir/ua-hromadas.json" url-param="" value=${ZNOB} open></hromada-region-filter>`);
        await treeSettled(el);
        expect(shadow(el).querySelector('[part="error"]')).to.not.equal(null);
        setTimeout(() => el.setAttribute('regions-src', TREE));
        expect((await oneEvent(el, 'hromada-region-change')).detail.name).to.equal('Зноб-Новгородська селищна громада');
        expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
      } finally {
        console.error = error;
      }
    });

    it('takes no late answer of the last URL once `regions-src` changed: neither its failure nor its tree', async () => {
      const realFetch = window.fetch;
      const answers: Record<string, () => void> = {};
      // /old-fails/ fails and /old-small/ brings a tree of one oblast, each when the test says; /new/ is the real tree.
      window.fetch = ((url: RequestInfo | URL, init?: RequestInit) => {
        const path = new URL(String(url), location.href).pathname;
        if (path.startsWith('/old-')) {
          return new Promise<Response>((resolve) => {
            answers[path.split('/')[1]] = () =>
              resolve(path.startsWith('/old-fails/') ? new Response('', { status: 404 }) : Response.json({ oblasts: [{ code: SUMY, name_uk: 'Стара', name_en: 'Old', raions: [] }] }));
          });
        }
        return realFetch(path.startsWith('/new/') ? path.replace('/new/', '/dist/data/') : url, init);
      }) as typeof fetch;
      try {
        for (const old of ['old-fails', 'old-small']) {
          const el = await fixture<HromadaRegionFilter>(html`<hromada-region-filter regions-src="/${old}/ua-hromadas.json" url-param="" open></hromada-region-filter>`);
          await waitUntil(() => answers[old], 'the request to the old URL');
          el.regionsSrc = `/new/ua-hromadas.json?${old}`;
          await waitUntil(() => (el as unknown as { tree?: unknown }).tree, 'the new tree', { timeout: 5000 });
          await el.updateComplete;
          const oblasts = texts(el, '[part="choice"]');
          expect(oblasts.length, old).to.be.above(20);
          answers[old]();
          await new Promise((resolve) => setTimeout(resolve, 50));
          await el.updateComplete;
          expect(shadow(el).querySelector('[part="error"]') !== null, `${old}: an error shown`).to.equal(false);
          expect(texts(el, '[part="choice"]'), old).to.deep.equal(oblasts);
        }
      } finally {
        window.fetch = realFetch;
      }
    });
  });

  describe('when regions-src is not a URL at all', () => {
    it('shows the error state instead of throwing, and still searches the oblasts', async () => {
      const error = console.error;
      console.error = () => {};
      try {
        const el = await filter(html`<hromada-region-filter regions-src="http://[" url-param="" open></hromada-region-filter>`);
        await treeSettled(el);
        expect(shadow(el).querySelector('[part="error"]')).to.not.equal(null);
        expect(texts(el, '[part="choice"]')).to.include('Сумська область');
        // The search still knows the top-level names in the script, Crimea hidden as always.
        await type(el, 'сум');
        expect(names(el)).to.deep.equal(['Сумська область']);
        input(el).select();
        await sendKeys({ type: 'Автономна' });
        await el.updateComplete;
        expect(status(el)).to.equal('Знайдено: 0');
      } finally {
        console.error = error;
      }
    });
  });

  describe('when the settlements are unavailable', () => {
    it('still finds hromadas, says the rest could not load, and retries', async () => {
      const served = serveData('nosettlements');
      served.failSettlements = true;
      const error = console.error;
      console.error = () => {};
      try {
        const el = await filter(html`<hromada-region-filter regions-src="/nosettlements/ua-hromadas.json" url-param="" open></hromada-region-filter>`);
        await type(el, 'зноб');
        expect(names(el)).to.deep.equal(['Зноб-Новгородська селищна громада']);
        expect($(el, '[part="error"]').textContent).to.include('Дані не знайдено');
        await expect(el).to.be.accessible();
        served.failSettlements = false;
        await retrySettlements(el);
      } finally {
        served.restore();
        console.error = error;
      }
    });
  });

  describe('when the line goes silent mid-download', () => {
    const realFetch = window.fetch;
    const consoleError = console.error;
    let clock: FakeClock;
    /** Which requests stall: the first half of the file arrives, the rest never does. */
    let stalls: (path: string) => boolean;
    /**
     * The files' text, read before the fake clock runs: read while it runs, a slow machine could let the clock fire
     * every timer and stop before the stalling response even exists.
     */
    const files: Record<string, string> = {};
    before(async () => {
      for (const file of ['ua-hromadas.json', 'ua-settlements.json']) files[file] = await (await realFetch(`/dist/data/${file}`)).text();
    });
    beforeEach(() => {
      clock = installFakeTimers();
      console.error = () => {};
      window.fetch = (async (url: RequestInfo | URL, init?: RequestInit) => {
        const path = new URL(String(url), location.href).pathname;
        if (!stalls(path)) return realFetch(path.replace(/^\/\w+\//, '/dist/data/'), init);
        return trickle(files[path.split('/').pop()!], 2, 100, true, () => init?.signal ?? undefined);
      }) as typeof fetch;
    });
    afterEach(() => {
      clock.restore();
      window.fetch = realFetch;
      console.error = consoleError;
    });
    const errorShown = (el: HromadaRegionFilter) =>
      clock.drive(waitUntil(() => shadow(el).querySelector('[part="error"]'), 'no error after the stall', { timeout: 5000 }));

    it('says so once the retries stall too (not "Завантаження…" for good), and loads on a retry', async () => {
      stalls = () => true;
      const el = await filter(html`<hromada-region-filter regions-src="/stalltree/ua-hromadas.json" url-param="" open></hromada-region-filter>`);
      await errorShown(el);
      expect($(el, '[part="error"]').textContent).to.include('Не вдалося з’єднатися з сервером');
      expect(status(el)).to.equal('');
      await expect(el).to.be.accessible();
      stalls = () => false;
      $<HTMLButtonElement>(el, '[part="retry"]').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await treeSettled(el);
      expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
      choice(el, 'Сумська область').click();
      await el.updateComplete;
      expect(texts(el, '[part="choice"]')).to.include('Шосткинський район');
    });

    it('still finds hromadas when the settlements stall, says the rest could not load, and retries', async () => {
      stalls = (path) => path.endsWith('ua-settlements.json');
      const el = await filter(html`<hromada-region-filter regions-src="/stallsettlements/ua-hromadas.json" url-param="" open></hromada-region-filter>`);
      await treeSettled(el);
      input(el).focus();
      await sendKeys({ type: 'зноб' });
      await errorShown(el);
      await waitUntil(() => !(el as unknown as { loading: number }).loading, 'settlements still loading', { timeout: 5000 });
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Зноб-Новгородська селищна громада']);
      expect(status(el)).to.equal('Знайдено: 1');
      expect($(el, '[part="error"]').textContent).to.include('Не вдалося з’єднатися з сервером');
      stalls = () => false;
      await retrySettlements(el);
    });
  });

  describe('small screens', () => {
    it('fits 320 px without sideways scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await filter();
        choice(el, 'Сумська область').click();
        await treeSettled(el);
        await type(el, 'зноб');
        expect(el.scrollWidth).to.be.at.most(320);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });
});
