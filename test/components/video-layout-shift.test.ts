// SPEC §6: a video from a feed, alone on a page, moves nothing after it when the feed comes: below
// its 16:9 frame, the skeleton is a typical card's text, kept as the room under a shorter one or an error.
import { expect } from '@open-wc/testing';
import '../../src/components/video/define.js';
import { hromadaFeed, fillerWithoutStyles, itMovesNothing, notFound, shiftWhileLoading } from '../helpers/layout-shift.js';

const VIDEO = { id: 'v', provider: 'youtube', video_id: 'aqz-KE-bpKQ', title: 'Як підтримати людей, які повернулися з полону', duration: 'PT4M12S', poster: '/demo/images/reintegration.svg' };
// The demo's description: four paragraphs, shortened to 200 characters behind "Показати більше".
const DESCRIPTION = `Від початку повномасштабного вторгнення з російського полону повернулися 4131 людина, а десятки тисяч наших громадян досі там. Удома на них чекає довгий і складний шлях реінтеграції.

Це відео — для тих, хто пережив полон, і для тих, хто хоче навчитися говорити з колишніми полоненими.`;
const CASES: [string, () => Response][] = [
  ["the demo's, with a long description", hromadaFeed({ videos: [{ ...VIDEO, description: DESCRIPTION }] })],
  ['without a description', hromadaFeed({ videos: [VIDEO] })],
  ["the SPEC's example", hromadaFeed({ videos: [{ ...VIDEO, title: '…', description: '…' }] })],
  ['an error', notFound],
  ['no such video in the feed', hromadaFeed({ videos: [] })],
];

describe('<hromada-video src> layout shift while loading', () => {
  itMovesNothing('hromada-video', { src: '{url}', video: 'v' }, CASES, (root) => root.querySelector('[part=title], [part=error], [part=message]'));

  it('keeps its room\'s filler words from find in page and a copied selection, even with its styles gone', async () => {
    const { el } = await shiftWhileLoading('hromada-video', { src: '{url}', video: 'v' }, CASES[1][1], 360, (root) => root.querySelector('[part=title]'));
    expect(await fillerWithoutStyles(el)).to.deep.equal([]);
  });
});
