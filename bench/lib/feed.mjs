// Deterministic JSON Feeds of any length for the news-list cases: the same
// items for our element and for the vanilla baseline.
const TOPICS = ['Реінтеграція', 'Гаряча лінія', 'Сесія ради', 'Ремонт школи', 'Соціальні виплати', 'Укриття'];

/** The title of item i (0-based); unique and not a prefix of another ("№00049 ·"). */
export function itemTitle(i) {
  return `Новина №${String(i).padStart(5, '0')} · ${TOPICS[i % TOPICS.length]} у громаді`;
}

export function makeFeed(n) {
  const items = [];
  const start = Date.UTC(2024, 4, 1, 7, 0, 0);
  for (let i = 0; i < n; i += 1) {
    items.push({
      id: `bench-${i}`,
      url: `https://example.gov.ua/news/${i}`,
      title: itemTitle(i),
      summary:
        'Громада підготувала посібник для родин, сусідів і колег людей, які повернулися з полону: як говорити, слухати й допомагати.',
      content_html: '<p>Посібник пояснює, як говорити, слухати й <strong>допомагати</strong> в перші тижні.</p>',
      image: '/demo/images/reintegration.svg',
      date_published: new Date(start - i * 3_600_000).toISOString(),
      tags: ['громада'],
    });
  }
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Бенчмарк: стрічка громади',
    home_page_url: 'https://example.gov.ua/',
    language: 'uk',
    items,
  };
}
