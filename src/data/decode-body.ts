// Feed bytes to text in the encoding the feed declares. Response.text() always
// reads UTF-8, and older Ukrainian CMSs still publish RSS in windows-1251.

/**
 * A byte order mark wins; then the `charset` of the Content-Type header (RFC
 * 7303: it overrides the document's own declaration); then the XML
 * declaration's `encoding`; else UTF-8. An encoding the browser does not know
 * is read as UTF-8.
 */
export function decodeBody(bytes: ArrayBuffer, contentType?: string | null): string {
  const view = new Uint8Array(bytes);
  // The declaration is ASCII in every encoding a feed uses: its first bytes read as Latin-1 show it.
  const head = String.fromCharCode(...view.subarray(0, 160));
  const label =
    (/^\xef\xbb\xbf/.test(head) ? 'utf-8' : /^(\xff\xfe|\xfe\xff)/.test(head) ? (head[0] === '\xff' ? 'utf-16le' : 'utf-16be') : '') ||
    /charset=["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ||
    /^<\?xml[^>]*\sencoding=["']([\w.:-]+)/.exec(head)?.[1] ||
    'utf-8';
  try {
    return new TextDecoder(label).decode(view);
  } catch {
    return new TextDecoder().decode(view);
  }
}
