// Copies text to the clipboard: the Clipboard API where it exists and is
// allowed, else the older execCommand('copy') on a hidden, selected textarea.

/** Resolves whether the text was copied. `root` hosts the temporary textarea. */
export async function copyText(text: string, root: ShadowRoot): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No Clipboard API (insecure context, old browser) or permission refused.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.className = 'visually-hidden';
  root.append(area);
  try {
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
