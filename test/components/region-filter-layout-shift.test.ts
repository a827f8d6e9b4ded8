// SPEC §6: a region filter whose value is a raion or hromada names it once the region tree is in;
// unseen text of a typical name's length holds its lines until then, so that nothing moves.
import '../../src/components/region-filter/define.js';
import { itMovesNothing } from '../helpers/layout-shift.js';

const TREE = '/dist/data/ua-hromadas.json';
let tree: string;
const answer = () => new Response(tree);

describe('<hromada-region-filter value> layout shift while the region tree loads', () => {
  before(async () => (tree = await (await fetch(TREE)).text()));
  itMovesNothing(
    'hromada-region-filter',
    { 'regions-src': '{url}', 'url-param': '' },
    [
      ['a hromada (its name two lines on a phone)', answer, { value: 'UA59100090000041284' }],
      ['a raion', answer, { value: 'UA59100000000036457' }],
    ],
    (root) => root.querySelector('[part=current]')!.textContent!.trim(),
  );
});
