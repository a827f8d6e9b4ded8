// A feed date without a time names a calendar day: it must stay that day for a
// reader anywhere. This file also runs as a reader in New York (see the
// web-test-runner config), where UTC midnight is the evening before.
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/data/load-feed.js';
import { formatDate } from '../../src/i18n/format.js';

describe('a date without a time', () => {
  it('is that day at the reader\'s midnight, in JSON Feed, RSS and Atom', () => {
    const json = parseFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: 'a', title: 'A', date_published: '2024-05-01' }] }), 'https://example.gov.ua/feed.json');
    const atom = parseFeed('<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>a</id><title>A</title><updated>2024-05-01</updated></entry></feed>', 'https://example.gov.ua/atom.xml');
    for (const feed of [json, atom]) {
      const published = feed.items[0].published!;
      expect(published.getTime()).to.equal(new Date(2024, 4, 1).getTime());
      expect(formatDate(published)).to.match(/^1 травня 2024/);
    }
  });

  it('keeps a time with no zone local, and one with a zone exact', () => {
    const feed = parseFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [
      { id: 'a', title: 'A', date_published: '2024-05-01T10:00:00' },
      { id: 'b', title: 'B', date_published: '2024-05-01T10:00:00Z' },
    ] }), 'https://example.gov.ua/feed.json');
    expect(feed.items[0].published!.getTime()).to.equal(new Date(2024, 4, 1, 10).getTime());
    expect(feed.items[1].published!.toISOString()).to.equal('2024-05-01T10:00:00.000Z');
  });
});
