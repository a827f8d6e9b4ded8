// SPEC §6: a hotline from a feed, alone on a page, moves nothing after it when the feed comes
// (its skeleton is a typical banner, kept as the room under a shorter one or an error).
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/hotline/define.js';
import { fillerWithoutStyles, hromadaFeed, itMovesNothing, notFound, printedHeight, shiftWhileLoading } from '../helpers/layout-shift.js';

const SPEC = { id: 'main', label: 'Гаряча лінія', phone: '+380683777777', hours: '09:00-20:00', time_zone: 'Europe/Kyiv', zoom_url: 'https://zoom.us/j/0000000000' };
const CASES: [string, () => Response][] = [
  ["the SPEC's example", hromadaFeed({ hotlines: [SPEC] })],
  ["the demo's: a label of two lines on a phone, hours 9-20", hromadaFeed({ hotlines: [{ ...SPEC, label: 'Гаряча лінія Олександра Поворознюка', phone: '068 377 77 77', hours: '9-20' }] })],
  ['without Zoom or hours', hromadaFeed({ hotlines: [{ id: 'main', label: 'Гаряча лінія', phone: '0683777777' }] })],
  ['an error', notFound],
  ['no such hotline in the feed', hromadaFeed({ hotlines: [{ ...SPEC, id: 'other' }] })],
];

describe('<hromada-hotline src> layout shift while loading', () => {
  itMovesNothing('hromada-hotline', { src: '{url}', hotline: 'main' }, CASES, (root) => root.querySelector('[part=banner]:not([aria-busy]), [part=error]'));

  it('keeps its room\'s filler words from find in page and a copied selection, even with its styles gone', async () => {
    const { el } = await shiftWhileLoading('hromada-hotline', { src: '{url}', hotline: 'main' }, CASES[1][1], 360, (root) => root.querySelector('[part=banner]:not([aria-busy])'));
    expect(await fillerWithoutStyles(el)).to.deep.equal([]);
  });

  it('prints no blank room under an error (nothing moves on paper)', async () => {
    const { el } = await shiftWhileLoading('hromada-hotline', { src: '{url}', hotline: 'main' }, notFound, 360, (root) => root.querySelector('[part=error]'));
    const room = el.shadowRoot!.querySelector('.room')!;
    expect(room.getBoundingClientRect().height).to.be.above(50);
    expect(await printedHeight(room)).to.equal(0);
  });
});

describe('<hromada-hotline> height through the day', () => {
  it('is the same open and closed where its number, hours and actions share a row', async () => {
    const el = document.createElement('hromada-hotline');
    Object.assign(el, { label: 'Гаряча лінія Олександра Поворознюка', phone: '068 377 77 77', hours: '9-20', zoomUrl: 'https://zoom.us/j/0000000000' });
    // Wide enough for one row of number, hours and actions (the test page is 800 px wide).
    el.style.cssText = 'display: block; width: 960px';
    document.body.append(el);
    try {
      const heights: number[] = [];
      // 10:30 open "до 20:00"; 08:30 closed "о 09:00"; 21:30 closed "завтра о 09:00" (Kyiv, UTC+2 in November).
      for (const hour of [8.5, 6.5, 19.5]) {
        el.now = () => new Date(Date.UTC(2026, 10, 25) + hour * 3600e3);
        await el.updateComplete;
        heights.push(el.getBoundingClientRect().height);
      }
      expect(el.shadowRoot!.querySelector('[part=status]')!.textContent).to.contain('завтра');
      expect(heights[1]).to.equal(heights[0]);
      expect(heights[2]).to.equal(heights[0]);
    } finally {
      el.remove();
    }
  });

  it('is the same open and closed on a phone, where "Зачинено · відкриється завтра о 09:00" takes two lines', async () => {
    const el = document.createElement('hromada-hotline');
    Object.assign(el, { label: 'Гаряча лінія', phone: '068 377 77 77', hours: '9-20', zoomUrl: 'https://zoom.us/j/0000000000' });
    document.body.append(el);
    try {
      for (const width of [320, 360, 412]) {
        await setViewport({ width, height: 640 });
        const heights: number[] = [];
        for (const hour of [8.5, 6.5, 19.5]) {
          el.now = () => new Date(Date.UTC(2026, 10, 25) + hour * 3600e3);
          await el.updateComplete;
          heights.push(el.getBoundingClientRect().height);
        }
        expect(heights, `${width} px: open, closed "о 09:00", closed "завтра о 09:00"`).to.deep.equal([heights[0], heights[0], heights[0]]);
      }
    } finally {
      el.remove();
      await setViewport({ width: 800, height: 600 });
    }
  });
});
