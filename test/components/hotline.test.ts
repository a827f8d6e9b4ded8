import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import '../../src/components/hotline/define.js';
import type { HromadaHotline } from '../../src/components/hotline/hotline.js';
import { parsePhone } from '../../src/components/hotline/phone.js';
import { describeHours, hotlineStatus, parseHours, resolveTimeZone } from '../../src/components/hotline/schedule.js';
import { storageKey } from '../../src/internal/tag-name.js';
import { setLocale } from '../../src/i18n/localization.js';
import { localeSettled } from '../helpers/locale.js';

/** A fixed clock: the element's `now`. */
const at = (iso: string) => () => new Date(iso);

/** 14 May 2025, a Wednesday; Kyiv is at UTC+3 (summer time). */
const KYIV_0859 = at('2025-05-14T05:59:00Z');
const KYIV_0900 = at('2025-05-14T06:00:00Z');
const KYIV_1200 = at('2025-05-14T09:00:00Z');
const KYIV_2100 = at('2025-05-14T18:00:00Z');

const part = (el: HromadaHotline, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (el: HromadaHotline, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim();

/** Runs `fn` with console[level] recorded; returns the lines. */
async function recordConsole(level: 'error' | 'warn', fn: () => Promise<unknown>): Promise<string[]> {
  const lines: string[] = [];
  const original = console[level];
  console[level] = (...args: unknown[]) => lines.push(args.join(' '));
  try {
    await fn();
  } finally {
    console[level] = original;
  }
  return lines;
}

interface AxNode {
  role: string;
  name: string;
  children: AxNode[];
}

const HOTLINES_FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Громада',
  items: [],
  _hromada: {
    version: 1,
    hotlines: [
      { id: 'main', label: 'Гаряча лінія Олександра Поворознюка', phone: '068 377 77 77', hours: '9-20', zoom_url: 'https://zoom.us/j/0000000000' },
      { id: 'social', label: 'Соціальна служба <b>громади</b>', phone: '(0462) 67-71-22', hours: 'пн-пт 08:00-17:00', time_zone: 'Europe/Kyiv' },
    ],
  },
};

describe('<hromada-hotline>', () => {
  const realFetch = window.fetch;
  let feedCount = 0;
  /** A unique URL per test, answered by `respond`. */
  const serve = (respond: () => Response) => {
    feedCount += 1;
    window.fetch = async () => respond();
    return `/feeds/hotline-${feedCount}-${Date.now()}.json`;
  };
  const loaded = async (el: HromadaHotline) => {
    for (let i = 0; i < 40 && el.shadowRoot!.querySelector('[aria-busy]'); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await el.updateComplete;
  };

  afterEach(async () => {
    window.fetch = realFetch;
    setLocale(null);
    await localeSettled();
  });

  describe('accessibility', () => {
    it('is accessible while open', async () => {
      const el = await fixture<HromadaHotline>(html`
        <hromada-hotline phone="068 377 77 77" hours="9-20" zoom-url="https://zoom.us/j/0000000000" .now=${KYIV_1200}></hromada-hotline>
      `);
      expect(text(el, 'status')).to.equal('Працює зараз · до 20:00');
      await expect(el).to.be.accessible();
    });

    it('is accessible while closed, urgent and dismissible', async () => {
      const el = await fixture<HromadaHotline>(html`
        <hromada-hotline phone="068 377 77 77" hours="9-20" variant="urgent" dismissible hotline="a11y" .now=${KYIV_2100}></hromada-hotline>
      `);
      expect(text(el, 'status')).to.equal('Зачинено · відкриється завтра о 09:00');
      expect(part(el, 'banner')!.classList.contains('urgent')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('is accessible in the error state', async () => {
      // 404: not retried, so the error shows at once.
      const src = serve(() => new Response('oops', { status: 404 }));
      const el = await fixture<HromadaHotline>(html`<hromada-hotline src=${src}></hromada-hotline>`);
      await recordConsole('error', () => loaded(el));
      expect(part(el, 'error')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('is a region labelled by a heading, level 2 unless heading-level says otherwise', async () => {
      const el = await fixture<HromadaHotline>(html`<hromada-hotline phone="0683777777"></hromada-hotline>`);
      const region = el.shadowRoot!.querySelector('section')!;
      const heading = el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!;
      expect(heading.textContent).to.equal('Гаряча лінія');
      expect(heading.tagName).to.equal('H2');
      el.headingLevel = 4;
      await el.updateComplete;
      const h4 = el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!;
      expect(h4.tagName).to.equal('H4');
      expect(h4.textContent).to.equal('Гаряча лінія');
    });

    it('gives the number an accessible name in digit groups, not one long number', async () => {
      const el = await fixture<HromadaHotline>(html`<hromada-hotline phone="0683777777"></hromada-hotline>`);
      const link = (name: string) => (node: AxNode) => node.role === 'link' && node.name === name;
      let snapshot = (await a11ySnapshot({})) as unknown as AxNode;
      expect(findAccessibilityNode(snapshot, link('068 377 77 77'))).to.not.equal(null);
      expect(findAccessibilityNode(snapshot, (node: AxNode) => node.role === 'link' && /\d{5,}/.test(node.name))).to.equal(null);
      setLocale('en');
      await localeSettled();
      await el.updateComplete;
      snapshot = (await a11ySnapshot({})) as unknown as AxNode;
      expect(findAccessibilityNode(snapshot, link('+380 68 377 7777'))).to.not.equal(null);
    });
  });

  describe('phone numbers', () => {
    for (const notation of ['068 377 77 77', '(068) 377-77-77', '0683777777', '+38 068 377 7777', '380683777777', '+380683777777', '+380 68 377 7777']) {
      it(`reads "${notation}" as +380683777777`, () => {
        expect(parsePhone(notation)).to.deep.equal(['+380683777777', '068 377 77 77', '+380 68 377 7777']);
      });
    }

    it('keeps short numbers such as 1545', () => {
      expect(parsePhone('1545')?.[0]).to.equal('1545');
    });

    it('groups toll-free numbers as 0 800 501 701', () => {
      expect(parsePhone('0800501701')?.[1]).to.equal('0 800 501 701');
      expect(parsePhone('0 800 501 701')?.[2]).to.equal('+380 800 501 701');
    });

    for (const junk of ['', 'call us', '12345', '068 377 77', '+1 212 555 0100', 'javascript:alert(1)']) {
      it(`refuses "${junk}"`, () => {
        expect(parsePhone(junk)).to.equal(undefined);
      });
    }

    it('takes a number set as a property by a framework (phone={1545}) without throwing', async () => {
      const el = await fixture<HromadaHotline>(html`<hromada-hotline .phone=${380683777777 as unknown as string}></hromada-hotline>`);
      expect(el.shadowRoot!.querySelector('a[part="phone"]')!.getAttribute('href')).to.equal('tel:+380683777777');
      el.phone = 1545 as unknown as string;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('a[part="phone"]')!.getAttribute('href')).to.equal('tel:1545');
    });

    it('links the number as tel: in E.164 and shows the national format', async () => {
      const el = await fixture<HromadaHotline>(html`<hromada-hotline phone="(068) 377-77-77"></hromada-hotline>`);
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="phone"]')!;
      expect(link.getAttribute('href')).to.equal('tel:+380683777777');
      expect(link.textContent).to.equal('068 377 77 77');
    });

    it('shows no number, without an exception, when the phone attribute is removed', async () => {
      const el = await fixture<HromadaHotline>(html`<hromada-hotline phone="068 377 77 77" .now=${KYIV_1200}></hromada-hotline>`);
      el.removeAttribute('phone');
      await el.updateComplete;
      expect(part(el, 'phone')).to.equal(null);
      expect(part(el, 'banner')).to.not.equal(null);
    });

    it('shows an unparseable number as given, without a link or copy button, and names it in the console', async () => {
      let el: HromadaHotline;
      const errors = await recordConsole('error', async () => {
        el = await fixture<HromadaHotline>(html`<hromada-hotline phone="ask at the office"></hromada-hotline>`);
      });
      expect(el!.shadowRoot!.querySelector('a[part="phone"]')).to.equal(null);
      expect(part(el!, 'copy')).to.equal(null);
      expect(text(el!, 'phone')).to.equal('ask at the office');
      expect(errors.some((line) => line.includes('"ask at the office"'))).to.equal(true);
    });
  });

  describe('working hours', () => {
    const cases: Array<[string, string]> = [
      ['09:00-20:00', 'щодня 09:00–20:00'],
      ['9-20', 'щодня 09:00–20:00'],
      ['9:00 – 20:00', 'щодня 09:00–20:00'],
      ['пн-пт 09:00-18:00; сб 10:00-14:00', 'пн–пт 09:00–18:00, сб 10:00–14:00'],
      ['Пн–Пт: 9-18', 'пн–пт 09:00–18:00'],
      ['mon-fri 09:00-18:00', 'пн–пт 09:00–18:00'],
      ['Mo-Fr 09:00-18:00; Sa 10:00-14:00', 'пн–пт 09:00–18:00, сб 10:00–14:00'],
      ['щодня 9-20', 'щодня 09:00–20:00'],
      ['пн-пт 9-18\nсб 10-14', 'пн–пт 09:00–18:00, сб 10:00–14:00'],
      ['9.00-18.00', 'щодня 09:00–18:00'],
      ['пн, ср, пт 9-13', 'пн 09:00–13:00, ср 09:00–13:00, пт 09:00–13:00'],
      ['пн-пт 09:00-13:00, 14:00-18:00', 'пн–пт 09:00–13:00, 14:00–18:00'],
      ['24/7', 'щодня 00:00–24:00'],
      ['цілодобово', 'щодня 00:00–24:00'],
      ['20:00-08:00', 'щодня 20:00–08:00'],
      ['пн-пт 9-18; сб-нд вихідний', 'пн–пт 09:00–18:00'],
      ['Mon-Fri 9-18; Sat-Sun closed', 'пн–пт 09:00–18:00'],
      // "Without days off" is every day, not a day off.
      ['Цілодобово, без вихідних', 'щодня 00:00–24:00'],
      ['9:00-20:00 без вихідних', 'щодня 09:00–20:00'],
      ['пн-пт 9-18 без перерви; сб 10-14', 'пн–пт 09:00–18:00, сб 10:00–14:00'],
      ['Пн.-Пт. 9:00-18:00; Сб. 10:00-14:00', 'пн–пт 09:00–18:00, сб 10:00–14:00'],
      ['з 9:00 до 20:00', 'щодня 09:00–20:00'],
      ['Пн-Пт: з 9 до 18', 'пн–пт 09:00–18:00'],
      // Day groups after a comma, as many hromada sites write them.
      ['Пн-Пт: 9:00-18:00, Сб: 10:00-14:00', 'пн–пт 09:00–18:00, сб 10:00–14:00'],
      ['mon-fri 9-18, sat 10-14', 'пн–пт 09:00–18:00, сб 10:00–14:00'],
      // The days' full names, with any apostrophe, and "щоденно".
      ["Понеділок-П'ятниця 9:00-18:00", 'пн–пт 09:00–18:00'],
      ['Понеділок – пʼятниця: 9:00–18:00; субота: 10:00–14:00; неділя – вихідний', 'пн–пт 09:00–18:00, сб 10:00–14:00'],
      ['вівторок, четвер 10-12', 'вт 10:00–12:00, чт 10:00–12:00'],
      ['середа 9-13, субота-неділя 10-14', 'ср 09:00–13:00, сб–нд 10:00–14:00'],
      ['Monday-Friday 9-18', 'пн–пт 09:00–18:00'],
      ['щоденно 8:00-20:00', 'щодня 08:00–20:00'],
    ];
    for (const [input, shown] of cases) {
      it(`reads "${input}" and shows "${shown}"`, () => {
        const schedule = parseHours(input);
        expect(schedule, input).to.not.equal(undefined);
        expect(describeHours(schedule!)).to.equal(shown);
      });
    }

    it('shows the days in English', async () => {
      setLocale('en');
      await localeSettled();
      expect(describeHours(parseHours('пн-пт 09:00-18:00; сб 10:00-14:00')!)).to.equal('Mon–Fri 09:00–18:00, Sat 10:00–14:00');
      expect(describeHours(parseHours('9-20')!)).to.equal('daily 09:00–20:00');
    });

    for (const junk of ['', 'whenever', 'за домовленістю', '25:00-26:00', '9-9', '9:75-10', 'пн-хх 9-18', 'пн-пт', 'вихідний']) {
      it(`refuses "${junk}"`, () => {
        expect(parseHours(junk)).to.equal(undefined);
      });
    }

    it('shows other hours as given, with a console warning and no status', async () => {
      let el: HromadaHotline;
      const warnings = await recordConsole('warn', async () => {
        el = await fixture<HromadaHotline>(html`<hromada-hotline phone="0683777777" hours="за домовленістю"></hromada-hotline>`);
      });
      expect(text(el!, 'hours')).to.equal('за домовленістю');
      expect(part(el!, 'status')).to.equal(null);
      expect(warnings.filter((line) => line.includes('"за домовленістю"'))).to.have.length(1);
    });

    it('says "open around the clock" once, for 24/7', async () => {
      const el = await fixture<HromadaHotline>(html`<hromada-hotline phone="0683777777" hours="24/7" .now=${KYIV_0859}></hromada-hotline>`);
      expect(text(el, 'status')).to.equal('Працює цілодобово');
      expect(part(el, 'hours')).to.equal(null);
    });
  });

  describe('open now, in the hotline\'s time zone', () => {
    const readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

    it(`does not take the reader's zone (${readerZone}) for Kyiv`, () => {
      // The assertions below would pass by accident if the reader were in Kyiv.
      expect(['Europe/Kyiv', 'Europe/Kiev']).to.not.include(readerZone);
    });

    it('is closed at 08:59 Kyiv time and says when it opens', async () => {
      const el = await fixture<HromadaHotline>(html`<hromada-hotline phone="0683777777" hours="9-20" .now=${KYIV_0859}></hromada-hotline>`);
      expect(text(el, 'status')).to.equal('Зачинено · відкриється о 09:00');
    });

    it('reads a clock replaced after the first render at once (README: "replace it to show the banner at another moment")', async () => {
      const el = await fixture<HromadaHotline>(html`<hromada-hotline phone="0683777777" hours="9-20" .now=${KYIV_0859}></hromada-hotline>`);
      el.now = KYIV_0900;
      await el.updateComplete;
      expect(text(el, 'status')).to.equal('Працює зараз · до 20:00');
    });

    it('is open at 09:00 Kyiv time and says until when', async () => {
      const el = await fixture<HromadaHotline>(html`<hromada-hotline phone="0683777777" hours="9-20" .now=${KYIV_0900}></hromada-hotline>`);
      expect(text(el, 'status')).to.equal('Працює зараз · до 20:00');
    });

    it('keeps a clock set before the element is defined (a framework setting properties first)', async () => {
      const el = document.createElement('hromada-hotline-late') as HromadaHotline;
      Object.assign(el, { phone: '0683777777', hours: '9-20', now: KYIV_1200 });
      customElements.define('hromada-hotline-late', class extends (customElements.get('hromada-hotline') as typeof HromadaHotline) {});
      const host = await fixture(html`<div></div>`);
      host.append(el);
      await el.updateComplete;
      expect(text(el, 'status')).to.equal('Працює зараз · до 20:00');
    });

    it('names the weekday when it opens after tomorrow', async () => {
      // Friday 16 May 2025, 20:00 Kyiv.
      const el = await fixture<HromadaHotline>(html`
        <hromada-hotline phone="0683777777" hours="пн-пт 09:00-18:00" .now=${at('2025-05-16T17:00:00Z')}></hromada-hotline>
      `);
      expect(text(el, 'status')).to.equal('Зачинено · відкриється в понеділок о 09:00');
      setLocale('en');
      await localeSettled();
      await el.updateComplete;
      expect(text(el, 'status')).to.equal('Closed · opens on Monday at 09:00');
    });

    for (const [hours, when] of [['вт 9-18', 'у вівторок'], ['ср 9-18', 'в середу'], ['пт 9-18', 'в пʼятницю'], ['чт 9-18', 'в четвер'], ['сб 9-10', 'наступного тижня в суботу']]) {
      it(`puts the weekday in the accusative with its preposition: "${when}"`, async () => {
        // Saturday 17 May 2025 12:00 Kyiv: each day is two or more days away (Saturday: next week).
        const el = await fixture<HromadaHotline>(html`<hromada-hotline phone="0683777777" hours=${hours} .now=${at('2025-05-17T09:00:00Z')}></hromada-hotline>`);
        expect(text(el, 'status')).to.equal(`Зачинено · відкриється ${when} о 09:00`);
      });
    }

    it('says "next week on Wednesday" for the same weekday a week on, in the hotline\'s time zone whatever the reader\'s', async () => {
      // Wednesday 14 May 2025, 21:00 Kyiv (18:00 UTC, 14:00 in New York): Wednesday's hours are over.
      const say = (hours: string, iso = '2025-05-14T18:00:00Z', zone = 'Europe/Kyiv') => hotlineStatus(parseHours(hours)!, Date.parse(iso), zone).text;
      expect(say('ср 09:00-13:00')).to.equal('Зачинено · відкриється наступного тижня в середу о 09:00');
      expect(say('пн 9-13', '2025-05-19T12:00:00Z')).to.equal('Зачинено · відкриється наступного тижня в понеділок о 09:00');
      // Monday 00:30 Kyiv is still Sunday in UTC: the hotline's Monday counts, so 09:00 is today.
      expect(say('пн 9-13', '2025-05-18T21:30:00Z')).to.equal('Зачинено · відкриється о 09:00');
      // 23:30 Tuesday in Kyiv is already Wednesday for a reader in Tokyo: still "tomorrow".
      expect(say('ср 9-13', '2025-05-13T20:30:00Z')).to.equal('Зачинено · відкриється завтра о 09:00');
      // Open around the clock but Wednesday 09:00–13:00: closes next week, not "on Wednesday" (today).
      expect(say('ср 13:00-24:00; чт-нд 0-24; пн-вт 0-24; ср 0-9')).to.equal('Працює зараз · зачиниться наступного тижня в середу о 09:00');
      // Kept in New York's time, where it is 14:00: Wednesday's 9–13 is over there too, 9–15 is not.
      expect(say('wed 9-13', '2025-05-14T18:00:00Z', 'America/New_York')).to.equal('Зачинено · відкриється наступного тижня в середу о 09:00');
      expect(say('wed 9-15', '2025-05-14T18:00:00Z', 'America/New_York')).to.equal('Працює зараз · до 15:00');
      setLocale('en');
      await localeSettled();
      expect(say('ср 09:00-13:00')).to.equal('Closed · opens next week on Wednesday at 09:00');
      expect(say('пн-пт 9-18', '2025-05-16T17:00:00Z')).to.equal('Closed · opens on Monday at 09:00');
    });

    it('says "tomorrow" and "until" in English too', async () => {
      setLocale('en');
      await localeSettled();
      const closed = await fixture<HromadaHotline>(html`<hromada-hotline phone="0683777777" hours="9-20" .now=${KYIV_2100}></hromada-hotline>`);
      expect(text(closed, 'status')).to.equal('Closed · opens tomorrow at 09:00');
      const open = await fixture<HromadaHotline>(html`<hromada-hotline phone="0683777777" hours="9-20" .now=${KYIV_0900}></hromada-hotline>`);
      expect(text(open, 'status')).to.equal('Open now · until 20:00');
    });

    it('stays open over midnight for night hours', () => {
      // Wednesday 23:30 Kyiv.
      const status = hotlineStatus(parseHours('20:00-08:00')!, Date.parse('2025-05-14T20:30:00Z'), 'Europe/Kyiv');
      expect(status.open).to.equal(true);
      expect(status.text).to.equal('Працює зараз · до 08:00');
    });

    it('names the day it closes when it stays open past this time tomorrow (weekdays around the clock)', async () => {
      // Wednesday 14 May 2025, 12:00 Kyiv: open until Saturday 00:00, not "until 24:00" tonight.
      const wednesday = Date.parse('2025-05-14T09:00:00Z');
      const say = (hours: string, now = wednesday) => hotlineStatus(parseHours(hours)!, now, 'Europe/Kyiv').text;
      expect(say('пн-пт цілодобово')).to.equal('Працює зараз · зачиниться в суботу о 00:00');
      // Thursday 23:00: 25 hours to go, so the day still; Friday 23:00: tonight.
      expect(say('пн-пт 0-24', Date.parse('2025-05-15T20:00:00Z'))).to.equal('Працює зараз · зачиниться в суботу о 00:00');
      expect(say('пн-пт 0-24', Date.parse('2025-05-16T20:00:00Z'))).to.equal('Працює зараз · до 24:00');
      // Friday 00:00, when the midnight update comes: exactly a day to go is tonight's 24:00.
      expect(say('пн-пт 0-24', Date.parse('2025-05-15T21:00:00Z'))).to.equal('Працює зараз · до 24:00');
      // Saturday 12:00 with the weekend around the clock: until Monday's 00:00.
      expect(say('пн-пт 9-18; сб-нд 0-24', Date.parse('2025-05-17T09:00:00Z'))).to.equal('Працює зараз · зачиниться в понеділок о 00:00');
      expect(say('пн-пт 9-18; сб-нд 0-24', Date.parse('2025-05-18T09:00:00Z'))).to.equal('Працює зараз · до 24:00');
      // Sunday 10:00 until Monday 12:00: "tomorrow".
      expect(say('сб-нд 0-24; пн 0-12', Date.parse('2025-05-18T07:00:00Z'))).to.equal('Працює зараз · зачиниться завтра о 12:00');
      setLocale('en');
      await localeSettled();
      expect(say('mon-fri 0-24')).to.equal('Open now · closes on Saturday at 00:00');
    });

    it('follows the time-zone attribute', async () => {
      // 12:00 in Kyiv is 05:00 in New York: closed there.
      const el = await fixture<HromadaHotline>(html`
        <hromada-hotline phone="0683777777" hours="9-20" time-zone="America/New_York" .now=${KYIV_1200}></hromada-hotline>
      `);
      expect(text(el, 'status')).to.equal('Зачинено · відкриється о 09:00');
    });

    it('falls back to Kyiv for an unknown time zone, naming it in the console', async () => {
      let el: HromadaHotline;
      const errors = await recordConsole('error', async () => {
        el = await fixture<HromadaHotline>(html`<hromada-hotline phone="0683777777" hours="9-20" time-zone="Mars/Olympus" .now=${KYIV_0900}></hromada-hotline>`);
      });
      expect(text(el!, 'status')).to.equal('Працює зараз · до 20:00');
      expect(errors.some((line) => line.includes('"Mars/Olympus"'))).to.equal(true);
    });

    it('uses Europe/Kiev where a runtime does not know Europe/Kyiv yet', async () => {
      const Real = Intl.DateTimeFormat;
      const OldRuntime = function (locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
        if (options?.timeZone === 'Europe/Kyiv') throw new RangeError('Invalid time zone specified: Europe/Kyiv');
        return new Real(locales, options);
      } as unknown as typeof Intl.DateTimeFormat;
      Intl.DateTimeFormat = OldRuntime;
      try {
        expect(resolveTimeZone('Europe/Kyiv')).to.equal('Europe/Kiev');
        const el = await fixture<HromadaHotline>(html`<hromada-hotline phone="0683777777" hours="9-20" .now=${KYIV_0859}></hromada-hotline>`);
        expect(text(el, 'status')).to.equal('Зачинено · відкриється о 09:00');
      } finally {
        Intl.DateTimeFormat = Real;
      }
    });

    describe('across daylight-saving changes', () => {
      // Kyiv: the last Sunday of March (30 March 2025) 03:00 → 04:00, UTC+2 → UTC+3;
      // the last Sunday of October (26 October 2025) 04:00 → 03:00, UTC+3 → UTC+2.
      const cases: Array<[string, string, boolean]> = [
        ['March, 08:59', '2025-03-30T05:59:00Z', false],
        ['March, 09:00', '2025-03-30T06:00:00Z', true],
        ['March, 19:59', '2025-03-30T16:59:00Z', true],
        ['October, 08:59', '2025-10-26T06:59:00Z', false],
        ['October, 09:00', '2025-10-26T07:00:00Z', true],
        ['October, 19:59', '2025-10-26T17:59:00Z', true],
        ['October, 20:00', '2025-10-26T18:00:00Z', false],
      ];
      for (const [name, iso, open] of cases) {
        it(`is ${open ? 'open' : 'closed'} on the last Sunday of ${name} Kyiv time`, () => {
          expect(hotlineStatus(parseHours('9-20')!, Date.parse(iso), 'Europe/Kyiv').open).to.equal(open);
        });
      }

      it('counts the short night before the last Sunday of March', () => {
        // Sunday 00:00 (UTC+2) → 09:00 (UTC+3): 8 hours, not 9.
        const status = hotlineStatus(parseHours('9-20')!, Date.parse('2025-03-29T22:00:00Z'), 'Europe/Kyiv');
        expect(status.changeAt).to.equal(Date.parse('2025-03-30T06:00:00Z'));
      });

      it('looks again after the jump for an opening time the clocks skip', () => {
        // 02:00 Kyiv on 30 March 2025; 03:30 never happens that night: 03:00 becomes 04:00 (01:00 UTC).
        const schedule = parseHours('03:30-05:00')!;
        let now = Date.parse('2025-03-30T00:00:00Z');
        let status = hotlineStatus(schedule, now, 'Europe/Kyiv');
        // Each look is later than the one before, and it is open by 04:30 (01:30 UTC).
        for (let looks = 0; looks < 3 && !status.open; looks += 1) {
          expect(status.changeAt).to.be.greaterThan(now);
          now = status.changeAt!;
          status = hotlineStatus(schedule, now, 'Europe/Kyiv');
        }
        expect(status.open).to.equal(true);
        expect(now).to.be.at.most(Date.parse('2025-03-30T01:30:00Z'));
      });

      it('says the true closing time when the hours end at a time the clocks skip', () => {
        // 02:00 Kyiv on 30 March 2025 (00:00 UTC), hours until 03:30: at 03:00 (01:00 UTC) the clocks
        // jump to 04:00, past 03:30, so the line closes then, and the clock reads 04:00.
        const schedule = parseHours('00:00-03:30')!;
        for (const iso of ['2025-03-30T00:00:00Z', '2025-03-30T00:45:00Z']) {
          const status = hotlineStatus(schedule, Date.parse(iso), 'Europe/Kyiv');
          expect(status.text).to.equal('Працює зараз · до 04:00');
          expect(status.changeAt).to.equal(Date.parse('2025-03-30T01:00:00Z'));
        }
        expect(hotlineStatus(schedule, Date.parse('2025-03-30T01:00:00Z'), 'Europe/Kyiv').text).to.equal('Зачинено · відкриється завтра о 00:00');
        // An opening the clocks skip: at the jump as well.
        const opening = hotlineStatus(parseHours('03:30-05:00')!, Date.parse('2025-03-30T00:00:00Z'), 'Europe/Kyiv');
        expect(opening.text).to.equal('Зачинено · відкриється о 04:00');
        expect(opening.changeAt).to.equal(Date.parse('2025-03-30T01:00:00Z'));
        // An ordinary day is untouched: closes at 03:30 the week after (UTC+3).
        expect(hotlineStatus(schedule, Date.parse('2025-04-06T00:00:00Z'), 'Europe/Kyiv').changeAt).to.equal(Date.parse('2025-04-06T00:30:00Z'));
      });

      it('names the day again at the true midnight when the clocks change in the night', () => {
        // Sunday 30 March 2025, 00:30 Kyiv (UTC+2), opening on Monday: the next midnight is 23 hours
        // and a half away (21:00 UTC, UTC+3), not 24 and a half.
        const status = hotlineStatus(parseHours('пн 9-18')!, Date.parse('2025-03-29T22:30:00Z'), 'Europe/Kyiv');
        expect(status.text).to.equal('Зачинено · відкриється завтра о 09:00');
        expect(status.changeAt).to.equal(Date.parse('2025-03-30T21:00:00Z'));
      });

      it('counts the long night before the last Sunday of October', () => {
        // Sunday 00:00 (UTC+3) → 09:00 (UTC+2): 10 hours, not 9.
        const status = hotlineStatus(parseHours('9-20')!, Date.parse('2025-10-25T21:00:00Z'), 'Europe/Kyiv');
        expect(status.changeAt).to.equal(Date.parse('2025-10-26T07:00:00Z'));
      });

      it('looks again at midnight when the status names a day: "завтра" is today after it', () => {
        // Saturday 20:00 Kyiv: opens tomorrow, but the words change at midnight (22:00 UTC).
        const status = hotlineStatus(parseHours('9-20')!, Date.parse('2025-10-25T17:00:00Z'), 'Europe/Kyiv');
        expect(status.text).to.equal('Зачинено · відкриється завтра о 09:00');
        expect(status.changeAt).to.equal(Date.parse('2025-10-25T21:00:00Z'));
        const friday = hotlineStatus(parseHours('пн-пт 9-18')!, Date.parse('2025-10-24T15:00:00Z'), 'Europe/Kyiv');
        expect(friday.text).to.equal('Зачинено · відкриється в понеділок о 09:00');
        expect(friday.changeAt).to.equal(Date.parse('2025-10-24T21:00:00Z'));
      });
    });

    describe('updating at the next opening or closing', () => {
      const realSetTimeout = window.setTimeout;
      const realClearTimeout = window.clearTimeout;
      let timers: Map<number, { run: () => void; delay: number }>;
      let nextId: number;

      beforeEach(() => {
        timers = new Map();
        nextId = 1e6;
        // Only the long timers are the element's; short ones (Lit, the test runner) run for real.
        window.setTimeout = ((run: () => void, delay = 0, ...args: unknown[]) => {
          if (delay < 60_000) return realSetTimeout(run, delay, ...args);
          nextId += 1;
          timers.set(nextId, { run, delay });
          return nextId;
        }) as typeof window.setTimeout;
        window.clearTimeout = ((id?: number) => {
          if (id !== undefined && timers.delete(id)) return;
          realClearTimeout(id);
        }) as typeof window.clearTimeout;
      });
      afterEach(() => {
        window.setTimeout = realSetTimeout;
        window.clearTimeout = realClearTimeout;
      });

      it('sets one timer for the next boundary and shows the new status when it fires', async () => {
        let now = new Date('2025-03-29T17:59:00Z'); // Saturday 19:59 Kyiv, winter time
        const el = await fixture<HromadaHotline>(html`<hromada-hotline phone="0683777777" hours="9-20" .now=${() => now}></hromada-hotline>`);
        expect(text(el, 'status')).to.equal('Працює зараз · до 20:00');
        expect([...timers.values()].map((t) => t.delay)).to.deep.equal([60_000]);

        now = new Date('2025-03-29T18:00:00Z');
        [...timers.values()][0].run();
        await el.updateComplete;
        expect(text(el, 'status')).to.equal('Зачинено · відкриється завтра о 09:00');
        // One timer, for midnight: "завтра" is then today.
        expect([...timers.values()].map((t) => t.delay)).to.deep.equal([4 * 3600_000]);

        now = new Date('2025-03-29T22:00:00Z');
        [...timers.values()][0].run();
        await el.updateComplete;
        expect(text(el, 'status')).to.equal('Зачинено · відкриється о 09:00');
        // One timer, 8 hours ahead: the clocks go forward that night.
        expect([...timers.values()].map((t) => t.delay)).to.deep.equal([8 * 3600_000]);

        now = new Date('2025-03-30T06:00:00Z');
        [...timers.values()][0].run();
        await el.updateComplete;
        expect(text(el, 'status')).to.equal('Працює зараз · до 20:00');
      });

      it('clears its timer when removed from the page, and sets it again when back', async () => {
        const el = await fixture<HromadaHotline>(html`<hromada-hotline phone="0683777777" hours="9-20" .now=${KYIV_0859}></hromada-hotline>`);
        expect(timers.size).to.equal(1);
        const parent = el.parentNode!;
        el.remove();
        expect(timers.size).to.equal(0);
        parent.appendChild(el);
        await el.updateComplete;
        expect(timers.size).to.equal(1);
      });

      it('sets no timer for hours that never change', async () => {
        await fixture<HromadaHotline>(html`<hromada-hotline phone="0683777777" hours="24/7" .now=${KYIV_0859}></hromada-hotline>`);
        expect(timers.size).to.equal(0);
      });
    });
  });

  describe('Zoom and copying the number', () => {
    it('links Zoom in a new tab, safely', async () => {
      const el = await fixture<HromadaHotline>(html`<hromada-hotline phone="0683777777" zoom-url="https://zoom.us/j/0000000000"></hromada-hotline>`);
      const zoom = part(el, 'zoom') as HTMLAnchorElement;
      expect(zoom.href).to.equal('https://zoom.us/j/0000000000');
      expect(zoom.target).to.equal('_blank');
      expect(zoom.rel).to.equal('noopener noreferrer');
      expect(zoom.textContent!.trim().startsWith('Zoom')).to.equal(true);
    });

    it('copies the number with the Clipboard API and announces it', async () => {
      const copied: string[] = [];
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => void copied.push(value) } });
      try {
        const el = await fixture<HromadaHotline>(html`<hromada-hotline phone="068 377 77 77"></hromada-hotline>`);
        const status = el.shadowRoot!.querySelector('[role="status"]')!;
        expect(status.textContent).to.equal('');
        part(el, 'copy')!.click();
        await new Promise((resolve) => setTimeout(resolve, 0));
        await el.updateComplete;
        expect(copied).to.deep.equal(['+380683777777']);
        expect(status.textContent).to.equal('Номер скопійовано');
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
      }
    });

    it('says "number copied" again in the new language when the page language changes while it is shown', async () => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => {} } });
      try {
        const el = await fixture<HromadaHotline>(html`<hromada-hotline phone="068 377 77 77"></hromada-hotline>`);
        part(el, 'copy')!.click();
        await new Promise((resolve) => setTimeout(resolve, 0));
        const status = el.shadowRoot!.querySelector('[role="status"]')!;
        expect(status.textContent).to.equal('Номер скопійовано');
        document.documentElement.lang = 'en';
        await localeSettled();
        await el.updateComplete;
        expect(status.textContent).to.equal('Number copied');
        setLocale('uk');
        await localeSettled();
        await el.updateComplete;
        expect(status.textContent).to.equal('Номер скопійовано');
      } finally {
        document.documentElement.lang = 'uk';
        delete (navigator as unknown as Record<string, unknown>).clipboard;
      }
    });

    it('announces a refused copy', async () => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
      try {
        const el = await fixture<HromadaHotline>(html`<hromada-hotline phone="068 377 77 77"></hromada-hotline>`);
        part(el, 'copy')!.click();
        await new Promise((resolve) => setTimeout(resolve, 0));
        await el.updateComplete;
        // With the number, for copying by hand.
        expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Не вдалося скопіювати: +380683777777');
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
      }
    });

    it('offers no copy button where the browser has no Clipboard API (insecure pages)', async () => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
      try {
        const el = await fixture<HromadaHotline>(html`<hromada-hotline phone="068 377 77 77"></hromada-hotline>`);
        expect(part(el, 'copy')).to.equal(null);
        expect(part(el, 'phone')!.getAttribute('href')).to.equal('tel:+380683777777');
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
      }
    });
  });

  describe('dismissing', () => {
    beforeEach(() => localStorage.removeItem(storageKey('hotline-dismissed:test-line')));

    it('is not dismissible by default', async () => {
      const el = await fixture<HromadaHotline>(html`<hromada-hotline phone="0683777777"></hromada-hotline>`);
      expect(part(el, 'close')).to.equal(null);
    });

    it('is not dismissible with dismissible="false" (Vue\'s and Svelte\'s false binding)', async () => {
      const el = await fixture<HromadaHotline>(html`<hromada-hotline phone="0683777777" dismissible="false"></hromada-hotline>`);
      expect(part(el, 'close')).to.equal(null);
    });

    it('closes, fires hromada-hotline-dismiss, and stays closed for that hotline id', async () => {
      const el = await fixture<HromadaHotline>(html`<hromada-hotline phone="0683777777" hotline="test-line" dismissible></hromada-hotline>`);
      const close = part(el, 'close')!;
      expect(close.getAttribute('aria-label')).to.equal('Закрити');
      setTimeout(() => close.click());
      const event = await oneEvent(el, 'hromada-hotline-dismiss');
      expect(event.detail).to.deep.equal({ hotlineId: 'test-line' });
      expect(event.composed).to.equal(true);
      await el.updateComplete;
      expect(part(el, 'banner')).to.equal(null);

      const again = await fixture<HromadaHotline>(html`<hromada-hotline phone="0683777777" hotline="test-line" dismissible></hromada-hotline>`);
      expect(part(again, 'banner')).to.equal(null);
      const other = await fixture<HromadaHotline>(html`<hromada-hotline phone="0683777777" hotline="another-line" dismissible></hromada-hotline>`);
      expect(part(other, 'banner')).to.not.equal(null);

    });

    // WCAG 1.4.10 / 1.4.12: at 320 px a long label (or one word longer than the line) wraps beside the ×, not under it.
    it('keeps a long label clear of the close button at 320 px', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="display: grid; width: 320px">
        <hromada-hotline phone="0683777777" dismissible
          label="Найдовшесловобезпробілівякенеможнаперенести: гаряча лінія Зноб-Новгородської селищної ради"></hromada-hotline>
      </div>`);
      const el = wrapper.firstElementChild as HromadaHotline;
      await el.updateComplete;
      const label = part(el, 'label')!;
      const range = document.createRange();
      range.selectNodeContents(label);
      const close = part(el, 'close')!.getBoundingClientRect();
      for (const line of range.getClientRects()) {
        if (line.top < close.bottom) expect(line.right).to.be.at.most(close.left + 0.5);
      }
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      expect(wrapper.scrollWidth).to.be.at.most(320);
    });

    it('stays open when the event is cancelled', async () => {
      const el = await fixture<HromadaHotline>(html`<hromada-hotline phone="0683777777" hotline="test-line" dismissible></hromada-hotline>`);
      el.addEventListener('hromada-hotline-dismiss', (event) => event.preventDefault());
      part(el, 'close')!.click();
      await el.updateComplete;
      expect(part(el, 'banner')).to.not.equal(null);
    });

    it('still closes when storage is blocked', async () => {
      const { getItem, setItem } = Storage.prototype;
      Storage.prototype.getItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      Storage.prototype.setItem = Storage.prototype.getItem;
      try {
        const el = await fixture<HromadaHotline>(html`<hromada-hotline phone="0683777777" hotline="test-line" dismissible></hromada-hotline>`);
        part(el, 'close')!.click();
        await el.updateComplete;
        expect(part(el, 'banner')).to.equal(null);
      } finally {
        Object.assign(Storage.prototype, { getItem, setItem });
      }
    });
  });

  describe('keyboard', () => {
    it('reaches the number, Zoom, copy and close in order, and copies and closes with keys', async () => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => undefined } });
      try {
        localStorage.removeItem(storageKey('hotline-dismissed:keys'));
        // A Lit fixture, not a <div> one: open-wc waits a frame for plain elements, and
        // a page in the background (tests run two at a time) gets no frames.
        const el = await fixture<HromadaHotline>(html`
          <hromada-hotline phone="0683777777" zoom-url="https://zoom.us/j/1" hotline="keys" dismissible></hromada-hotline>
        `);
        const before = document.createElement('button');
        before.textContent = 'before';
        el.before(before);
        before.focus();
        const order: Array<string | null> = [];
        for (let i = 0; i < 3; i += 1) {
          await sendKeys({ press: 'Tab' });
          order.push(el.shadowRoot!.activeElement?.getAttribute('part') ?? null);
        }
        expect(order).to.deep.equal(['phone', 'zoom', 'copy']);
        await sendKeys({ press: 'Enter' });
        await new Promise((resolve) => setTimeout(resolve, 0));
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Номер скопійовано');
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('close');
        await sendKeys({ press: 'Space' });
        await el.updateComplete;
        expect(part(el, 'banner')).to.equal(null);
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
      }
    });
  });

  describe('from a feed', () => {
    it('shows a loading banner, then every hotline of the feed as its own region', async () => {
      const src = serve(() => new Response(JSON.stringify(HOTLINES_FEED), { status: 200 }));
      const el = await fixture<HromadaHotline>(html`<hromada-hotline src=${src} .now=${KYIV_1200}></hromada-hotline>`);
      expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.not.equal(null);
      await loaded(el);
      const regions = [...el.shadowRoot!.querySelectorAll('section')];
      expect(regions).to.have.length(2);
      const labels = regions.map((region) => el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!.textContent);
      expect(labels).to.deep.equal(['Гаряча лінія Олександра Поворознюка', 'Соціальна служба <b>громади</b>']);
      expect(el.shadowRoot!.querySelector('b')).to.equal(null);
      expect([...el.shadowRoot!.querySelectorAll('[part="phone"]')].map((a) => a.getAttribute('href'))).to.deep.equal([
        'tel:+380683777777',
        'tel:+380462677122',
      ]);
      expect([...el.shadowRoot!.querySelectorAll('[part="hours"]')].map((p) => p.textContent)).to.deep.equal([
        'щодня 09:00–20:00',
        'пн–пт 08:00–17:00',
      ]);
      await expect(el).to.be.accessible();
    });

    it('shows only the hotline named by the hotline attribute', async () => {
      const src = serve(() => new Response(JSON.stringify(HOTLINES_FEED), { status: 200 }));
      const el = await fixture<HromadaHotline>(html`<hromada-hotline src=${src} hotline="social" .now=${KYIV_1200}></hromada-hotline>`);
      await loaded(el);
      expect(el.shadowRoot!.querySelectorAll('section')).to.have.length(1);
      expect(text(el, 'status')).to.equal('Працює зараз · до 17:00');
    });

    it('shows every hotline again, without an exception, when the hotline attribute is removed', async () => {
      const src = serve(() => new Response(JSON.stringify(HOTLINES_FEED), { status: 200 }));
      const el = await fixture<HromadaHotline>(html`<hromada-hotline src=${src} hotline="social" .now=${KYIV_1200}></hromada-hotline>`);
      await loaded(el);
      el.removeAttribute('hotline');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('section')).to.have.length(2);
    });

    it('takes a hotline id set as a number by a framework (hotline={2}), as a feed\'s numeric id is read', async () => {
      const numbered = { ...HOTLINES_FEED, _hromada: { ...HOTLINES_FEED._hromada, hotlines: [{ ...HOTLINES_FEED._hromada.hotlines[1], id: 2 }] } };
      const src = serve(() => new Response(JSON.stringify(numbered), { status: 200 }));
      const el = await fixture<HromadaHotline>(html`<hromada-hotline src=${src} .hotline=${2 as unknown as string} .now=${KYIV_1200}></hromada-hotline>`);
      await loaded(el);
      expect(text(el, 'status')).to.equal('Працює зараз · до 17:00');
    });

    it('shows several named hotlines in the order given, skipping a missing one with a console error', async () => {
      const src = serve(() => new Response(JSON.stringify(HOTLINES_FEED), { status: 200 }));
      let el: HromadaHotline;
      const errors = await recordConsole('error', async () => {
        el = await fixture<HromadaHotline>(html`<hromada-hotline src=${src} hotline="social gone main"></hromada-hotline>`);
        await loaded(el);
      });
      const labels = [...el!.shadowRoot!.querySelectorAll('[part="label"]')].map((label) => label.textContent);
      expect(labels).to.deep.equal(['Соціальна служба <b>громади</b>', 'Гаряча лінія Олександра Поворознюка']);
      expect(errors.filter((line) => line.includes('"gone"'))).to.have.length(1);
    });

    it('says so when the hotline is not in the feed, naming it in the console', async () => {
      const src = serve(() => new Response(JSON.stringify(HOTLINES_FEED), { status: 200 }));
      let el: HromadaHotline;
      const errors = await recordConsole('error', async () => {
        el = await fixture<HromadaHotline>(html`<hromada-hotline src=${src} hotline="nope"></hromada-hotline>`);
        await loaded(el);
      });
      expect(text(el!, 'error')).to.equal('Дані не знайдено.');
      expect(errors.some((line) => line.includes('"nope"'))).to.equal(true);
      await expect(el!).to.be.accessible();
    });

    it('shows the error with a retry button that loads again', async () => {
      let fail = true;
      const src = serve(() => (fail ? new Response('', { status: 404 }) : new Response(JSON.stringify(HOTLINES_FEED), { status: 200 })));
      const el = await fixture<HromadaHotline>(html`<hromada-hotline src=${src} hotline="main"></hromada-hotline>`);
      await recordConsole('error', async () => {
        for (let i = 0; i < 200 && !part(el, 'retry'); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
      });
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      fail = false;
      part(el, 'retry')!.click();
      await el.updateComplete;
      await loaded(el);
      expect(part(el, 'phone')!.getAttribute('href')).to.equal('tel:+380683777777');
    });
  });

  describe('XSS prevention', () => {
    it('drops a javascript: Zoom link', async () => {
      const el = await fixture<HromadaHotline>(html`
        <hromada-hotline phone="0683777777" zoom-url=" JaVaScRiPt:alert(1)"></hromada-hotline>
      `);
      expect(el.shadowRoot!.querySelector('a[part="zoom"]')).to.equal(null);
    });

    it('shows markup in the label as text', async () => {
      const el = await fixture<HromadaHotline>(html`
        <hromada-hotline phone="0683777777" label=${'<img src=x onerror=alert(1)>'}></hromada-hotline>
      `);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(text(el, 'label')).to.equal('<img src=x onerror=alert(1)>');
    });

    it('shows markup in the hours and the phone as text', async () => {
      const hostile = '<svg onload=alert(1)>9-20</svg>';
      let el: HromadaHotline;
      await recordConsole('warn', () =>
        recordConsole('error', async () => {
          el = await fixture<HromadaHotline>(html`<hromada-hotline phone=${'<a href="javascript:alert(1)">x</a>'} hours=${hostile}></hromada-hotline>`);
        }),
      );
      expect(el!.shadowRoot!.querySelector('svg, a')).to.equal(null);
      expect(text(el!, 'hours')).to.equal(hostile);
      expect(text(el!, 'phone')).to.equal('<a href="javascript:alert(1)">x</a>');
    });
  });

  describe('localisation', () => {
    it('switches label and number format to English', async () => {
      const el = await fixture<HromadaHotline>(html`<hromada-hotline phone="0683777777" hours="9-20" .now=${KYIV_0900}></hromada-hotline>`);
      setLocale('en');
      await localeSettled();
      await el.updateComplete;
      expect(text(el, 'label')).to.equal('Hotline');
      expect(text(el, 'phone')).to.equal('+380 68 377 7777');
      expect(text(el, 'hours')).to.equal('daily 09:00–20:00');
      expect(text(el, 'copy')).to.equal('Copy number');
    });
  });
});
