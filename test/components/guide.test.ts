import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/guide/define.js';
import type { HromadaGuide } from '../../src/components/guide/guide.js';
import { storageKey } from '../../src/internal/tag-name.js';
import { setLocale } from '../../src/i18n/localization.js';
import { localeSettled } from '../helpers/locale.js';
import { forgetLoadedFeeds } from '../../src/data/load-feed.js';
import { clearFeedCache } from '../helpers/fake-timers.js';
import type { FeedController } from '../../src/data/feed-controller.js';

const page = location.href.replace(/#.*$/, '');

const lightGuide = (id = 'g') => html`
  <hromada-guide id=${id}>
    <p id="intro">Вступ до посібника.</p>
    <h3 id="${id}-return">Повернення з полону</h3>
    <p>Від початку вторгнення повернулися 4131 людина.</p>
    <h4>Підрозділ</h4>
    <p>Текст підрозділу.</p>
    <h3 id="${id}-help">Як допомогти</h3>
    <ul><li>Слухайте.</li><li><a href="https://example.org/">Гаряча лінія</a></li></ul>
    <h3>Разом</h3>
    <p>Спільна відповідальність.</p>
  </hromada-guide>
`;

const shadow = (el: HromadaGuide) => el.shadowRoot!;
const buttons = (el: HromadaGuide) => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="button"]')];
const panels = (el: HromadaGuide) => [...shadow(el).querySelectorAll<HTMLElement>('[part="panel"]')];
const showAllButton = (el: HromadaGuide) => shadow(el).querySelector<HTMLButtonElement>('[part="show-all"]')!;
const isOpen = (el: HromadaGuide, i: number) => buttons(el)[i].getAttribute('aria-expanded') === 'true';

async function tick(el: HromadaGuide) {
  await el.updateComplete;
  await el.updateComplete;
}

/** Opens the first section and presses its copy button, with `clipboard` standing in for navigator.clipboard. */
async function copyFirstSection(el: HromadaGuide, clipboard: unknown) {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
  try {
    buttons(el)[0].click();
    await tick(el);
    shadow(el).querySelector<HTMLButtonElement>('[part="copy-link"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await tick(el);
  } finally {
    delete (navigator as { clipboard?: unknown }).clipboard;
  }
}

describe('<hromada-guide>', () => {
  beforeEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', page);
  });
  afterEach(async () => {
    history.replaceState(null, '', page);
    await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
    setLocale(null);
    await localeSettled();
  });

  describe('accessibility', () => {
    it('is accessible with every section closed', async () => {
      const el = await fixture<HromadaGuide>(lightGuide());
      await expect(el).to.be.accessible();
    });

    it('is accessible with one section open', async () => {
      const el = await fixture<HromadaGuide>(lightGuide());
      buttons(el)[1].click();
      await tick(el);
      await expect(el).to.be.accessible();
    });

    it('is accessible with every section open', async () => {
      const el = await fixture<HromadaGuide>(lightGuide());
      el.showAll();
      await tick(el);
      await expect(el).to.be.accessible();
    });

    it('puts each button inside a heading of heading-level, wired to its panel, with no landmark per panel', async () => {
      const el = await fixture<HromadaGuide>(html`<hromada-guide heading-level="2"><h2>Один</h2><p>1</p><h2>Два</h2><p>2</p></hromada-guide>`);
      const [first] = buttons(el);
      expect(first.parentElement!.getAttribute('role')).to.equal('heading');
      expect(first.parentElement!.getAttribute('aria-level')).to.equal('2');
      expect(first.getAttribute('aria-expanded')).to.equal('false');
      const panel = shadow(el).getElementById(first.getAttribute('aria-controls')!)!;
      expect(panel).to.equal(panels(el)[0]);
      // An id a CSS selector can name too (`#0` would throw in querySelector).
      expect(shadow(el).querySelector(`#${first.getAttribute('aria-controls')}`)).to.equal(panel);
      expect(panel.hasAttribute('role')).to.equal(false);
    });
  });

  it('goes back to its default level 3 when heading-level is removed or emptied', async () => {
    const el = await fixture<HromadaGuide>(html`<hromada-guide heading-level="5"><h3>Один</h3><p>1</p></hromada-guide>`);
    for (const change of [() => el.removeAttribute('heading-level'), () => el.setAttribute('heading-level', '')]) {
      el.setAttribute('heading-level', '5');
      await el.updateComplete;
      change();
      await el.updateComplete;
      expect(buttons(el)[0].parentElement!.getAttribute('aria-level')).to.equal('3');
    }
  });

  describe('content from the page', () => {
    it('takes headings of heading-level and everything up to the next one, leaving the markup untouched', async () => {
      const el = await fixture<HromadaGuide>(lightGuide());
      const before = [...el.childNodes];
      await tick(el);
      expect([...el.childNodes]).to.deep.equal(before);
      expect(el.querySelector('#g-return')!.getAttribute('slot')).to.equal(null);
      expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal(['Повернення з полону', 'Як допомогти', 'Разом']);
      const slot = panels(el)[0].querySelector('slot')!;
      const texts = slot.assignedElements().map((node) => node.textContent);
      expect(texts).to.deep.equal(['Від початку вторгнення повернулися 4131 людина.', 'Підрозділ', 'Текст підрозділу.']);
    });

    it('always shows what comes before the first heading', async () => {
      const el = await fixture<HromadaGuide>(lightGuide());
      expect(el.querySelector('#intro')!.assignedSlot!.parentElement!.getAttribute('part')).to.equal('base');
      expect(el.querySelector<HTMLElement>('#intro')!.checkVisibility()).to.equal(true);
    });

    it('uses the first heading level found when there is none of heading-level', async () => {
      const el = await fixture<HromadaGuide>(html`<hromada-guide><h2>Один</h2><!-- note --><p>1</p><h2>Два</h2></hromada-guide>`);
      el.showAll();
      await tick(el);
      expect(buttons(el).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['true', 'true']);
      const slots = panels(el).map((panel) => panel.querySelector('slot')!.assignedNodes().length);
      expect(slots).to.deep.equal([1, 0]);
      expect(location.hash).to.equal('');
      expect(JSON.parse(sessionStorage.getItem(storageKey(`guide:${location.pathname}:`))!)).to.deep.equal(['section-1', 'section-2']);
    });

    it('without heading-level, makes sections of the first heading level found, with lower headings inside (WordPress h2 + h3)', async () => {
      const el = await fixture<HromadaGuide>(html`<hromada-guide
        ><p>Вступ</p><h2 class="wp-block-heading">Перші дні</h2><p>1</p><h3 class="wp-block-heading">Деталі</h3><p>1.1</p
        ><h2 class="wp-block-heading">Виплати</h2><p>2</p></hromada-guide
      >`);
      await tick(el);
      expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal(['Перші дні', 'Виплати']);
      expect(buttons(el)[0].parentElement!.getAttribute('aria-level')).to.equal('3');
      const texts = panels(el)[0].querySelector('slot')!.assignedNodes().map((node) => node.textContent);
      expect(texts).to.deep.equal(['1', 'Деталі', '1.1']);
    });

    it('with heading-level set, makes sections of that level when there are headings of it', async () => {
      const el = await fixture<HromadaGuide>(html`<hromada-guide heading-level="3"><h2>Посібник</h2><p>0</p><h3>Один</h3><p>1</p><h3>Два</h3></hromada-guide>`);
      await tick(el);
      expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal(['Один', 'Два']);
    });

    it('with headingLevel set as a property (React, Vue, Lit), makes sections of that level too', async () => {
      const el = await fixture<HromadaGuide>(html`<hromada-guide .headingLevel=${2}><h3>Вступ</h3><p>0</p><h2>Один</h2><p>1</p><h2>Два</h2></hromada-guide>`);
      await tick(el);
      expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal(['Один', 'Два']);
    });

    it('follows sections added to the page later', async () => {
      const el = await fixture<HromadaGuide>(lightGuide());
      const h = document.createElement('h3');
      h.textContent = 'Новий розділ';
      el.append(h, document.createElement('p'));
      await new Promise((resolve) => setTimeout(resolve, 0));
      await tick(el);
      expect(buttons(el)).to.have.length(4);
      expect(buttons(el)[3].textContent!.trim()).to.equal('Новий розділ');
    });

    it('follows a heading\'s text changed in place, as React, Vue and Svelte update it, keeping the panels\' nodes', async () => {
      const el = await fixture<HromadaGuide>(lightGuide());
      const panel = shadow(el).querySelector('[part="panel"] slot');
      el.querySelector('h3')!.firstChild!.nodeValue = 'Повернення додому';
      el.querySelectorAll('h3')[1].textContent = 'Як підтримати';
      await new Promise((resolve) => setTimeout(resolve, 0));
      await tick(el);
      expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal(['Повернення додому', 'Як підтримати', 'Разом']);
      expect(shadow(el).querySelector('[part="panel"] slot')).to.equal(panel);
    });
  });

  describe('opening and closing', () => {
    it('toggles a section and fires hromada-guide-toggle', async () => {
      const el = await fixture<HromadaGuide>(lightGuide());
      setTimeout(() => buttons(el)[0].click());
      const event = await oneEvent(el, 'hromada-guide-toggle');
      expect(event.detail).to.deep.equal({ sectionId: 'g-return', open: true });
      expect(event.bubbles && event.composed).to.equal(true);
      await tick(el);
      expect(isOpen(el, 0)).to.equal(true);
      expect(panels(el)[0].hasAttribute('hidden')).to.equal(false);
      buttons(el)[0].click();
      await tick(el);
      expect(panels(el)[0].getAttribute('hidden')).to.equal('until-found');
    });

    it('opens one section alone when the page repeats a heading id, and names each by an id of its own', async () => {
      const el = await fixture<HromadaGuide>(html`
        <hromada-guide><h3 id="docs">Документи</h3><p>Один</p><h3 id="docs">Документи ще раз</h3><p>Два</p></hromada-guide>
      `);
      const events: unknown[] = [];
      el.addEventListener('hromada-guide-toggle', (event) => events.push(event.detail));
      buttons(el)[1].click();
      await tick(el);
      expect([isOpen(el, 0), isOpen(el, 1)]).to.deep.equal([false, true]);
      expect(events).to.deep.equal([{ sectionId: 'docs-2', open: true }]);
      expect(location.hash).to.equal('#docs-2');
      // The first keeps the id the page gave it: a link to #docs still opens it.
      history.replaceState(null, '', '#docs');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await tick(el);
      expect([isOpen(el, 0), isOpen(el, 1)]).to.deep.equal([true, true]);
    });

    it('labels "show all" after the real state, also when sections are opened one by one', async () => {
      const el = await fixture<HromadaGuide>(lightGuide());
      expect(showAllButton(el).textContent!.trim()).to.equal('Показати всі розділи');
      for (const button of buttons(el)) button.click();
      await tick(el);
      expect(showAllButton(el).textContent!.trim()).to.equal('Сховати всі розділи');
      showAllButton(el).click();
      await tick(el);
      expect(buttons(el).some((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(false);
      expect(showAllButton(el).textContent!.trim()).to.equal('Показати всі розділи');
    });

    it('leaves the page\'s own buttons in a section alone, whatever their part', async () => {
      const el = await fixture<HromadaGuide>(html`
        <hromada-guide><h3>Один</h3><p><button part="button" aria-controls="p0">своя кнопка</button></p><h3>Два</h3></hromada-guide>
      `);
      el.showAll();
      await tick(el);
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error);
      window.addEventListener('error', onError);
      try {
        el.querySelector('button')!.click();
        await tick(el);
      } finally {
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
      expect([isOpen(el, 0), isOpen(el, 1)]).to.deep.equal([true, true]);
    });

    it('has showAll() and hideAll()', async () => {
      const el = await fixture<HromadaGuide>(lightGuide());
      const events: string[] = [];
      el.addEventListener('hromada-guide-toggle', (e) => events.push(`${e.detail.sectionId}:${e.detail.open}`));
      el.showAll();
      await tick(el);
      expect([0, 1, 2].every((i) => isOpen(el, i))).to.equal(true);
      el.hideAll();
      await tick(el);
      expect([0, 1, 2].some((i) => isOpen(el, i))).to.equal(false);
      expect(events).to.deep.equal([
        'g-return:true', 'g-help:true', 'g-section-3:true', 'g-return:false', 'g-help:false', 'g-section-3:false',
      ]);
    });

    it('showAll() called before the first render, on an element just created by script, opens every section', async () => {
      const parent = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('hromada-guide');
      el.id = 'early';
      el.append(...['h3', 'p', 'h3', 'p'].map((tag, i) => Object.assign(document.createElement(tag), { textContent: `${i}` })));
      parent.append(el);
      el.showAll();
      await tick(el);
      expect([isOpen(el, 0), isOpen(el, 1)]).to.deep.equal([true, true]);
    });

    it('speaks English when the page does', async () => {
      setLocale('en');
      await localeSettled();
      const el = await fixture<HromadaGuide>(lightGuide());
      expect(showAllButton(el).textContent!.trim()).to.equal('Show all sections');
    });
  });

  describe('keyboard', () => {
    it('is operated with Tab, Enter and Space', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button>${lightGuide('k')}</div>`);
      const el = wrapper.querySelector<HromadaGuide>('hromada-guide')!;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      const focused = () => shadow(el).activeElement;

      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(showAllButton(el));
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(buttons(el)[0]);
      await sendKeys({ press: 'Enter' });
      await tick(el);
      expect(isOpen(el, 0)).to.equal(true);
      await sendKeys({ press: 'Space' });
      await tick(el);
      expect(isOpen(el, 0)).to.equal(false);

      // Closed panels are skipped; an open one is entered: the second's link, then its copy button.
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(buttons(el)[1]);
      await sendKeys({ press: 'Space' });
      await tick(el);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el.querySelector('a'));
      await sendKeys({ press: 'Tab' });
      expect(focused()!.getAttribute('part')).to.equal('copy-link');
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(buttons(el)[2]);
    });
  });

  describe('deep links', () => {
    it('opens the section named by the hash, focuses its button and brings it into view', async () => {
      history.replaceState(null, '', '#d-help');
      const el = await fixture<HromadaGuide>(lightGuide('d'));
      await tick(el);
      expect(isOpen(el, 1)).to.equal(true);
      expect(isOpen(el, 0)).to.equal(false);
      expect(shadow(el).activeElement).to.equal(buttons(el)[1]);
    });

    it('writes the hash with replaceState when a section opens, and removes it when it closes', async () => {
      const el = await fixture<HromadaGuide>(lightGuide('r'));
      const length = history.length;
      buttons(el)[1].click();
      expect(location.hash).to.equal('#r-help');
      expect(history.length).to.equal(length);
      buttons(el)[1].click();
      expect(location.hash).to.equal('');
    });

    it('follows hashchange', async () => {
      const el = await fixture<HromadaGuide>(lightGuide('h'));
      location.hash = 'h-return';
      await oneEvent(window, 'hashchange');
      await tick(el);
      expect(isOpen(el, 0)).to.equal(true);
      expect(shadow(el).activeElement).to.equal(buttons(el)[0]);
    });

    it('copies a link to the section and announces it', async () => {
      const el = await fixture<HromadaGuide>(lightGuide('c'));
      const copied: string[] = [];
      await copyFirstSection(el, { writeText: async (text: string) => void copied.push(text) });
      expect(copied).to.deep.equal([`${page}#c-return`]);
      expect(shadow(el).querySelector('[role="status"]')!.textContent).to.equal('Посилання скопійовано');
    });

    it('says "link copied" (and a refusal) again in the new language when the language changes while it is shown', async () => {
      const el = await fixture<HromadaGuide>(lightGuide('l'));
      await copyFirstSection(el, { writeText: async () => {} });
      const status = shadow(el).querySelector('[role="status"]')!;
      expect(status.textContent).to.equal('Посилання скопійовано');
      setLocale('en');
      await localeSettled();
      await tick(el);
      expect(status.textContent).to.equal('Link copied');
      const execCommand = document.execCommand;
      document.execCommand = () => false;
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
      try {
        shadow(el).querySelector<HTMLButtonElement>('[part="copy-link"]')!.click();
        await new Promise((resolve) => setTimeout(resolve, 0));
      } finally {
        document.execCommand = execCommand;
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
      expect(status.textContent).to.equal(`Couldn’t copy: ${page}#l-return`);
      setLocale('uk');
      await localeSettled();
      await tick(el);
      expect(status.textContent).to.equal(`Не вдалося скопіювати: ${page}#l-return`);
    });

    it('falls back to execCommand where the Clipboard API is missing, and says so when that fails too', async () => {
      const el = await fixture<HromadaGuide>(lightGuide('f'));
      const execCommand = document.execCommand;
      const commands: string[] = [];
      // What execCommand would copy: the selection at that moment.
      document.execCommand = (command: string) => (commands.push(`${command} ${getSelection()}`), false);
      try {
        await copyFirstSection(el, undefined);
      } finally {
        document.execCommand = execCommand;
      }
      expect(commands).to.deep.equal([`copy ${page}#f-return`]);
      expect(shadow(el).querySelector('textarea')).to.equal(null);
      expect(shadow(el).querySelector('[role="status"]')!.textContent).to.equal(
        `Не вдалося скопіювати: ${page}#f-return`,
      );
    });
  });

  describe('headings edited in place', () => {
    it('renames a section when its heading\'s text is edited in place, through its text node and markup inside it', async () => {
      const el = await fixture<HromadaGuide>(lightGuide('e'));
      const [first, second] = el.querySelectorAll('h3');
      first.textContent = 'Повернення додому';
      await tick(el);
      expect(buttons(el)[0].textContent!.trim()).to.equal('Повернення додому');
      // The text node itself, as an editor types into it.
      (second.firstChild as Text).data = 'Як підтримати';
      await tick(el);
      expect(buttons(el)[1].textContent!.trim()).to.equal('Як підтримати');
      // Markup inside a heading.
      const em = document.createElement('em');
      em.textContent = 'допомогти';
      second.replaceChildren('Як ', em);
      await tick(el);
      second.querySelector('em')!.textContent = 'підтримати';
      await tick(el);
      expect(buttons(el)[1].textContent!.trim()).to.equal('Як підтримати');
    });
  });

  describe('heading ids set in place', () => {
    it('takes a heading\'s id set or changed after the first reading (a framework\'s bound id) for its section', async () => {
      const el = await fixture<HromadaGuide>(lightGuide('i'));
      const headings = el.querySelectorAll('h3');
      headings[2].id = 'together';
      headings[0].id = 'return-home';
      await new Promise((resolve) => setTimeout(resolve, 0));
      await tick(el);
      setTimeout(() => buttons(el)[2].click());
      expect((await oneEvent(el, 'hromada-guide-toggle')).detail).to.deep.equal({ sectionId: 'together', open: true });
      setTimeout(() => buttons(el)[0].click());
      expect((await oneEvent(el, 'hromada-guide-toggle')).detail).to.deep.equal({ sectionId: 'return-home', open: true });
    });
  });

  describe('memory', () => {
    it('keeps open sections across a reload, in sessionStorage', async () => {
      const first = await fixture<HromadaGuide>(lightGuide('m'));
      buttons(first)[2].click();
      await tick(first);
      expect(JSON.parse(sessionStorage.getItem(storageKey(`guide:${location.pathname}:m`))!)).to.deep.equal(['m-section-3']);
      first.remove();
      const second = await fixture<HromadaGuide>(lightGuide('m'));
      await tick(second);
      expect(isOpen(second, 2)).to.equal(true);
      expect(isOpen(second, 0)).to.equal(false);
    });

    it('gives a second guide without an id sections and a memory of its own', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <hromada-guide><h3>Перший</h3><p>1</p><h3>Другий</h3><p>2</p></hromada-guide>
        <hromada-guide><h3>Інший</h3><p>1</p><h3>Ще один</h3><p>2</p></hromada-guide>
      </div>`);
      const [one, two] = page.querySelectorAll<HromadaGuide>('hromada-guide');
      await tick(one);
      await tick(two);
      buttons(two)[1].click();
      await tick(two);
      expect(isOpen(one, 1)).to.equal(false);
      expect(location.hash).to.equal('#1-section-2');
      expect(JSON.parse(sessionStorage.getItem(storageKey(`guide:${location.pathname}:1`))!)).to.deep.equal(['1-section-2']);
      // The first guide's #section-2 is still its own.
      history.replaceState(null, '', '#section-2');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await tick(one);
      await tick(two);
      expect([isOpen(one, 1), isOpen(two, 1)]).to.deep.equal([true, true]);
      history.replaceState(null, '', location.pathname);
    });

    it('works when storage throws', async () => {
      const { getItem, setItem } = Storage.prototype;
      Storage.prototype.getItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const el = await fixture<HromadaGuide>(lightGuide('s'));
        buttons(el)[0].click();
        await tick(el);
        expect(isOpen(el, 0)).to.equal(true);
      } finally {
        Object.assign(Storage.prototype, { getItem, setItem });
      }
    });

    it('ignores garbage in storage', async () => {
      sessionStorage.setItem(storageKey(`guide:${location.pathname}:x`), '{not json');
      const el = await fixture<HromadaGuide>(lightGuide('x'));
      expect(isOpen(el, 0)).to.equal(false);
    });
  });

  describe('find in page', () => {
    it('keeps closed panels searchable with hidden="until-found"', async () => {
      const el = await fixture<HromadaGuide>(lightGuide());
      const panel = panels(el)[0];
      expect(panel.getAttribute('hidden')).to.equal('until-found');
      expect(getComputedStyle(panel).display).to.equal('block');
      expect(getComputedStyle(panel).contentVisibility).to.equal('hidden');
    });

    it('opens a section on beforematch', async () => {
      const el = await fixture<HromadaGuide>(lightGuide());
      setTimeout(() => panels(el)[2].dispatchEvent(new Event('beforematch', { bubbles: true })));
      const event = await oneEvent(el, 'hromada-guide-toggle');
      expect(event.detail).to.deep.equal({ sectionId: 'g-section-3', open: true });
      await tick(el);
      expect(isOpen(el, 2)).to.equal(true);
    });
  });

  describe('printing', () => {
    it('shows closed panels in print styles, without the buttons that only work on screen', async () => {
      const el = await fixture<HromadaGuide>(lightGuide());
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(panels(el)[0]).contentVisibility).to.equal('visible');
      expect(getComputedStyle(showAllButton(el)).display).to.equal('none');
    });
  });

  describe('motion', () => {
    it('animates only when the reader allows motion', async () => {
      const el = await fixture<HromadaGuide>(lightGuide());
      const button = buttons(el)[0];
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(button, '::after').transitionDuration).to.equal('0s');
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(getComputedStyle(button, '::after').transitionDuration).to.not.equal('0s');
    });
  });

  describe('content from a feed', () => {
    const realFetch = window.fetch;
    let body: unknown;
    let status = 200;
    let n = 0;
    let url = '';

    beforeEach(() => {
      n += 1;
      url = `/feeds/guide-${n}.json`;
      status = 200;
      body = {
        version: 'https://jsonfeed.org/version/1.1',
        items: [],
        _hromada: {
          version: 1,
          guides: [
            { id: 'other', title: 'Інший', sections: [{ id: 'x', title: 'X', content_html: '<p>x</p>' }] },
            {
              id: 'reintegration',
              title: 'Посібник із реінтеграції',
              sections: [
                { id: 'first-days', title: 'Перші дні', content_html: '<h2>Вдома</h2><p>Текст <a href="https://example.org/">посилання</a>.</p><h3>Деталі</h3>' },
                {
                  id: 'xss',
                  title: '<img src=x onerror="window.__xss=1">Небезпечний',
                  content_html:
                    '<p onclick="window.__xss=1">Текст</p><script>window.__xss=1</script><img src=x onerror="window.__xss=1">' +
                    '<a href="javascript:window.__xss=1">клік</a><iframe src="javascript:window.__xss=1"></iframe>' +
                    '<svg><script>window.__xss=1</script></svg><math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
                },
              ],
            },
          ],
        },
      };
      window.fetch = async () => new Response(JSON.stringify(body), { status });
    });
    afterEach(() => {
      window.fetch = realFetch;
      delete (window as { __xss?: unknown }).__xss;
    });

    async function loaded(el: HromadaGuide) {
      for (let i = 0; i < 50 && !shadow(el).querySelector('[part="button"], [part="error"]'); i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await tick(el);
    }

    it('shows a loading notice, then the guide, and is accessible closed and all open', async () => {
      const el = await fixture<HromadaGuide>(html`<hromada-guide src=${url} guide="reintegration"></hromada-guide>`);
      expect(shadow(el).querySelector('[part="loading"]')).to.not.equal(null);
      await loaded(el);
      // A title is plain text: markup in it is shown as written, never parsed.
      expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal(['Перші дні', '<img src=x onerror="window.__xss=1">Небезпечний']);
      await expect(el).to.be.accessible();
      el.showAll();
      await tick(el);
      await expect(el).to.be.accessible();
    });

    it('marks a feed\'s sections with the feed\'s language, and its own button with the page\'s (WCAG 3.1.2)', async () => {
      (body as { language?: string }).language = 'uk';
      setLocale('en');
      await localeSettled();
      const el = await fixture<HromadaGuide>(html`<hromada-guide src=${url} guide="reintegration"></hromada-guide>`);
      await loaded(el);
      el.showAll();
      await tick(el);
      expect([...shadow(el).querySelectorAll<HTMLElement>('[part="section"]')].map((s) => s.lang)).to.deep.equal(['uk', 'uk']);
      expect(shadow(el).querySelector<HTMLElement>('[part="copy-link"]')!.lang).to.equal('en');
      expect(shadow(el).querySelector<HTMLElement>('[part="show-all"]')!.hasAttribute('lang')).to.equal(false);
    });

    it('shows the copy kept from an earlier visit at once, before the network answers', async () => {
      const first = await fixture<HromadaGuide>(html`<hromada-guide src=${url} guide="reintegration"></hromada-guide>`);
      await loaded(first);
      first.remove();
      // The next visit: a new page, so the copy comes from storage, not from this page's memory.
      forgetLoadedFeeds();
      window.fetch = () => new Promise<Response>(() => {});
      try {
        const el = await fixture<HromadaGuide>(html`<hromada-guide src=${url} guide="reintegration"></hromada-guide>`);
        await tick(el);
        expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal(['Перші дні', '<img src=x onerror="window.__xss=1">Небезпечний']);
      } finally {
        clearFeedCache();
      }
    });

    it('keeps the panels\' nodes when the same feed comes again (a revalidation, a retry)', async () => {
      const el = await fixture<HromadaGuide>(html`<hromada-guide src=${url} guide="reintegration"></hromada-guide>`);
      await loaded(el);
      el.showAll();
      await tick(el);
      const link = shadow(el).querySelector('[part="panel"] a');
      (el as unknown as { feed: FeedController }).feed.retry();
      await new Promise((resolve) => setTimeout(resolve, 0));
      await tick(el);
      expect(shadow(el).querySelector('[part="panel"] a')).to.equal(link);
    });

    it('opens one section alone when the feed repeats a section id', async () => {
      (body as { _hromada: { guides: { sections: unknown[] }[] } })._hromada.guides[1].sections.push({ id: 'first-days', title: 'Ще раз', content_html: '<p>Ще</p>' });
      const el = await fixture<HromadaGuide>(html`<hromada-guide src=${url} guide="reintegration"></hromada-guide>`);
      await loaded(el);
      buttons(el)[2].click();
      await tick(el);
      expect(buttons(el).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'false', 'true']);
      expect(location.hash).to.equal('#first-days-3');
    });

    it('opens a feed section from the hash', async () => {
      history.replaceState(null, '', '#xss');
      const el = await fixture<HromadaGuide>(html`<hromada-guide src=${url} guide="reintegration"></hromada-guide>`);
      await loaded(el);
      expect(isOpen(el, 1)).to.equal(true);
      expect(shadow(el).activeElement).to.equal(buttons(el)[1]);
    });

    it('never runs feed script, keeps only safe links, and shows titles as text', async () => {
      const el = await fixture<HromadaGuide>(html`<hromada-guide src=${url} guide="reintegration"></hromada-guide>`);
      await loaded(el);
      el.showAll();
      await tick(el);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
      const root = shadow(el);
      expect(root.querySelector('script, img, iframe, svg, math, style, [onclick], [onerror]')).to.equal(null);
      expect([...root.querySelectorAll('[part="panel"] a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/']);
      expect(buttons(el)[1].querySelector('img')).to.equal(null);
    });

    it('takes the page\'s own headings once src is removed, and follows those added and edited after', async () => {
      const el = await fixture<HromadaGuide>(html`<hromada-guide src=${url} guide="reintegration"><h3>Свій</h3><p>Текст.</p></hromada-guide>`);
      await loaded(el);
      expect(buttons(el).map((b) => b.textContent!.trim())[0]).to.equal('Перші дні');
      el.removeAttribute('src');
      await tick(el);
      expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal(['Свій']);
      const h = document.createElement('h3');
      h.textContent = 'Доданий';
      el.append(h, document.createElement('p'));
      await new Promise((resolve) => setTimeout(resolve, 0));
      await tick(el);
      el.querySelector('h3')!.textContent = 'Свій, змінений';
      await new Promise((resolve) => setTimeout(resolve, 0));
      await tick(el);
      expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal(['Свій, змінений', 'Доданий']);
    });

    it('says so, with a retry button, when the guide is not in the feed', async () => {
      const errors: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args.join(' '));
      try {
        const el = await fixture<HromadaGuide>(html`<hromada-guide src=${url} guide="missing"></hromada-guide>`);
        await loaded(el);
        expect(shadow(el).querySelector('[part="error"]')).to.not.equal(null);
        expect(shadow(el).querySelector('[part="retry"]')).to.not.equal(null);
        await expect(el).to.be.accessible();
      } finally {
        console.error = original;
      }
      expect(errors.some((line) => line.includes('"missing"'))).to.equal(true);
    });

    it('shows the error state when the feed cannot be loaded', async () => {
      status = 404;
      const el = await fixture<HromadaGuide>(html`<hromada-guide src=${url}></hromada-guide>`);
      await loaded(el);
      expect(shadow(el).querySelector('[part="error"]')!.textContent).to.contain('Дані не знайдено');
      await expect(el).to.be.accessible();
    });
  });
});
