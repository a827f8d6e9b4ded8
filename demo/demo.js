// The demo's language switch: it only sets <html lang>; the widgets follow it.
for (const button of document.querySelectorAll('.language button')) {
  button.addEventListener('click', () => {
    document.documentElement.lang = button.dataset.lang;
    for (const other of document.querySelectorAll('.language button')) {
      other.setAttribute('aria-pressed', String(other === button));
    }
  });
}
