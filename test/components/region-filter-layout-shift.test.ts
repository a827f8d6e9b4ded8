// SPEC §6: a region filter whose value is a raion or hromada names it once the region tree is in;
// unseen text of a typical name's length holds its lines until then, so that nothing moves.
import { expect } from '@open-wc/testing';
import '../../src/components/region-filter/define.js';
import { shiftWhileLoading } from '../helpers/layout-shift.js';

const TREE = '/dist/data/ua-hromadas.json';
let tree: string;
const answer = () => new Response(tree);

describe('<hromada-region-filter value> layout shift while the region tree loads', () => {
  before(async () => (tree = await (await fetch(TREE)).text()));
  for (const width of [360, 1000]) {
    for (const [name, value] of [
      ['a hromada (its name two lines on a phone)', 'UA59100090000041284'],
      ['a raion', 'UA59100000000036457'],
    ]) {
      it(`is 0 at ${width} px: ${name}`, async () => {
        const { shift, el } = await shiftWhileLoading('hromada-region-filter', { 'regions-src': '{url}', value, 'url-param': '' }, answer, width, (root) =>
          root.querySelector('[part=current]')!.textContent!.trim(),
        );
        expect(shift).to.equal(0);
        await expect(el).to.be.accessible();
      });
    }
  }
});
