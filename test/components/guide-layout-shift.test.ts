// SPEC §6: a guide from a feed, alone on a page, moves nothing after it when the feed comes: its
// skeleton is a typical guide of 7 closed sections, kept as the room under a shorter guide or an error.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/guide/define.js';
import { hromadaFeed, fillerWithoutStyles, itMovesNothing, notFound, printedHeight, shiftWhileLoading } from '../helpers/layout-shift.js';
import { stubFetch } from '../helpers/fetch-stub.js';
import { clearFeedCache } from '../helpers/fake-timers.js';

// The demo's guide: 7 sections, one title of two lines on a phone.
const DEMO = ['Повернення з полону', 'Безпечний простір для розмови', 'Для кого це відео', 'Як допомогти на практиці', 'Терпіння і час', 'Спільна відповідальність', 'Разом'];
const guide = (titles: string[]) =>
  hromadaFeed({ guides: [{ id: 'g', title: 'Посібник', sections: titles.map((title, i) => ({ id: `s${i}`, title, content_html: '<p>Текст.</p>' })) }] });
const CASES: [string, () => Response][] = [
  ["the demo's 7 sections", guide(DEMO)],
  ['one section', guide(['Перші дні'])],
  ['3 sections', guide(DEMO.slice(0, 3))],
  ['an error', notFound],
  ['no such guide in the feed', hromadaFeed({ guides: [] })],
];

describe('<hromada-guide src> layout shift while loading', () => {
  itMovesNothing('hromada-guide', { src: '{url}', guide: 'g' }, CASES, (root) => root.querySelector('[part=show-all], [part=error]'));

  it('keeps no parts, roles or buttons in the room under the guide', async () => {
    const { el } = await shiftWhileLoading('hromada-guide', { src: '{url}', guide: 'g' }, guide(['Перші дні']), 360, (root) => root.querySelector('[part=show-all]'));
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('[aria-expanded]').length).to.equal(1);
    expect(root.querySelectorAll('.room [part], .room [role], .room button')).to.have.length(0);
  });

  it('keeps no room under a guide that never showed it loading (a kept copy, an embed whose feed is in)', async () => {
    clearFeedCache();
    const net = stubFetch({ '/kept-guide.json': guide(['Перші дні']) });
    try {
      const first = await fixture(html`<hromada-guide src="/kept-guide.json"></hromada-guide>`);
      await waitUntil(() => first.shadowRoot!.querySelector('[part=show-all]'), 'the first guide');
      expect(first.shadowRoot!.querySelector('.room'), 'the room under a guide that loaded in view').to.not.equal(null);
      const second = await fixture(html`<hromada-guide src="/kept-guide.json"></hromada-guide>`);
      expect(second.shadowRoot!.querySelector('[part=show-all]'), 'the kept copy at once').to.not.equal(null);
      expect(second.shadowRoot!.querySelector('.room')).to.equal(null);
    } finally {
      net.restore();
      clearFeedCache();
    }
  });

  it('keeps its room\'s filler words from find in page and a copied selection, even with its styles gone', async () => {
    const { el } = await shiftWhileLoading('hromada-guide', { src: '{url}', guide: 'g' }, CASES[1][1], 360, (root) => root.querySelector('[part=show-all]'));
    expect(await fillerWithoutStyles(el)).to.deep.equal([]);
  });

  it('prints no blank room under an error (nothing moves on paper)', async () => {
    const { el } = await shiftWhileLoading('hromada-guide', { src: '{url}', guide: 'g' }, notFound, 360, (root) => root.querySelector('[part=error]'));
    const room = el.shadowRoot!.querySelector('.room')!;
    expect(room.getBoundingClientRect().height).to.be.above(100);
    expect(await printedHeight(room)).to.equal(0);
  });
});
