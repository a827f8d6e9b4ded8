// Where the region data is looked for: beside the module by default, or where a
// bundled app says it put the package's data/ folder.
import { expect } from '@open-wc/testing';
import { dataUrl, setDataBase } from '../../src/internal/asset-url.js';

describe('dataUrl', () => {
  it('finds data/ from the module’s own URL by default', () => {
    expect(dataUrl('ua-hromadas.json')).to.equal(new URL('../../data/ua-hromadas.json', new URL('../../src/internal/asset-url.ts', import.meta.url)).href);
  });

  it('uses the base an app set, resolved against the page, with or without the final slash', () => {
    setDataBase('/assets/hromada-data');
    expect(dataUrl('ua-settlements.json')).to.equal(`${location.origin}/assets/hromada-data/ua-settlements.json`);
    setDataBase('https://cdn.example.org/hw/data/');
    expect(dataUrl('ua-hromadas.json')).to.equal('https://cdn.example.org/hw/data/ua-hromadas.json');
  });
});
