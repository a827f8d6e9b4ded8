// The README's React example: the one-tag embed in a React 19 app, bundled from
// the package's own entry; the news list's load event, fired inside the embed,
// is heard on it (hromada-* events are composed). test/e2e/readme.test.mjs runs it.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'hromada-widgets/embed.js';
import { setDataBase } from 'hromada-widgets';

// The bundle moved the modules away from the package's data/: say where it is served.
setDataBase('/dist/data/');

function App() {
  const [news, setNews] = useState(null);
  return (
    <main>
      <h1>Зноб-Новгородська громада</h1>
      <hromada-embed src="/hromada-feed.json" onhromada-news-load={(event) => setNews(event.detail.count)} />
      <p id="news-count">{news === null ? 'Завантаження…' : `Новин: ${news}`}</p>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
