// SPEC §6: a hotline from a feed, alone on a page, moves nothing after it when the feed comes
// (its skeleton is a typical banner, kept as the room under a shorter one or an error).
import { expect } from '@open-wc/testing';
import '../../src/components/hotline/define.js';
import { hromadaFeed, notFound, shiftWhileLoading } from '../helpers/layout-shift.js';

const SPEC = { id: 'main', label: 'Гаряча лінія', phone: '+380683777777', hours: '09:00-20:00', time_zone: 'Europe/Kyiv', zoom_url: 'https://zoom.us/j/0000000000' };
const CASES: [string, () => Response][] = [
  ["the SPEC's example", hromadaFeed({ hotlines: [SPEC] })],
  ["the demo's: a label of two lines on a phone, hours 9-20", hromadaFeed({ hotlines: [{ ...SPEC, label: 'Гаряча лінія Олександра Поворознюка', phone: '068 377 77 77', hours: '9-20' }] })],
  ['without Zoom or hours', hromadaFeed({ hotlines: [{ id: 'main', label: 'Гаряча лінія', phone: '0683777777' }] })],
  ['an error', notFound],
  ['no such hotline in the feed', hromadaFeed({ hotlines: [{ ...SPEC, id: 'other' }] })],
];

describe('<hromada-hotline src> layout shift while loading', () => {
  for (const width of [360, 1000]) {
    for (const [name, answer] of CASES) {
      it(`is 0 at ${width} px: ${name}`, async () => {
        const { shift, el } = await shiftWhileLoading('hromada-hotline', { src: '{url}', hotline: 'main' }, answer, width, (root) =>
          root.querySelector('[part=banner]:not([aria-busy]), [part=error]'),
        );
        expect(shift).to.equal(0);
        await expect(el).to.be.accessible();
      });
    }
  }
});
