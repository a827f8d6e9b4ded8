// A React 19 app as a developer writes it: imports the elements it uses from the
// package, sets properties through JSX, listens to hromada-* events.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'hromada-widgets/hotline.js';
import 'hromada-widgets/guide.js';

function App() {
  const [phone, setPhone] = useState('068 377 77 77');
  const [toggles, setToggles] = useState([]);
  return (
    <main>
      <button id="change-phone" onClick={() => setPhone('0800501701')}>change</button>
      <hromada-hotline id="hotline" phone={phone} label="Гаряча лінія" />
      <hromada-guide id="guide" onhromada-guide-toggle={(event) => setToggles((list) => [...list, event.detail])}>
        <h3 id="first">Перші дні</h3>
        <p>Текст</p>
      </hromada-guide>
      <output id="toggles">{JSON.stringify(toggles)}</output>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
