import { expect } from '@open-wc/testing';
import { fromLatin, transliterate } from '../../src/i18n/transliterate.js';

describe('fromLatin (the top-level units kept in the script)', () => {
  it('reads c as ц, an apostrophe as ь and yi as ї, keeping capitals, spaces and hyphens', () => {
    const read = ["Khmel'nyc", 'Kyyiv', "Sevastopol'", 'Zhytomyrs', 'Zakarpats', 'Avtonomna Respublika Krym', 'Ivano-Frankivs'].map(fromLatin);
    expect(read).to.deep.equal(['Хмельниц', 'Київ', 'Севастополь', 'Житомирс', 'Закарпатс', 'Автономна Республіка Крим', 'Івано-Франківс']);
  });

  it('is undone by transliterate where the standard has no mark (no ь, ц, ї)', () => {
    const names = ['Kharkivs', 'Dnipropetrovs', 'Kirovohrads', 'Chernihivs', 'Poltavs'];
    expect(names.map((name) => transliterate(fromLatin(name)))).to.deep.equal(names);
  });
});
