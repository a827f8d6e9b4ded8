// Plain text with URLs in it → text and link pieces that Lit renders as text
// nodes and <a> elements: the text is never parsed as HTML.
import { MEDIA_PROTOCOLS, safeUrl } from '../../data/safe-url.js';

export interface TextLink {
  href: string;
  text: string;
}

export type TextPiece = string | TextLink;

const URL_IN_TEXT = /https?:\/\/[^\s<>"'«»]+/gi;
// Sentence punctuation after a URL belongs to the sentence, not to the URL.
const TRAILING_PUNCTUATION = /[.,;:!?…)\]'"’”]+$/;

export function linkify(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    let found = match[0];
    const trailing = TRAILING_PUNCTUATION.exec(found);
    // Keep a closing parenthesis that closes one opened inside the URL (Wikipedia links).
    if (trailing) {
      let cut = trailing[0];
      if (cut.startsWith(')') && found.includes('(')) cut = cut.slice(1);
      found = found.slice(0, found.length - cut.length);
    }
    const href = safeUrl(found, undefined, MEDIA_PROTOCOLS);
    if (!href) continue;
    const start = match.index!;
    if (start > last) pieces.push(text.slice(last, start));
    pieces.push({ href, text: found });
    last = start + found.length;
  }
  if (last < text.length) pieces.push(text.slice(last));
  return pieces;
}

/**
 * The first `limit` characters of the pieces, cut at a word boundary and never
 * inside a link, with "…"; the pieces themselves when they are short enough.
 */
export function truncatePieces(pieces: TextPiece[], limit: number): { pieces: TextPiece[]; truncated: boolean } {
  const out: TextPiece[] = [];
  let used = 0;
  for (const piece of pieces) {
    const text = typeof piece === 'string' ? piece : piece.text;
    if (used + text.length <= limit) {
      out.push(piece);
      used += text.length;
      continue;
    }
    if (typeof piece === 'string') {
      const room = piece.slice(0, limit - used);
      // A whole paragraph reads better than a paragraph and a fragment of the next.
      const paragraphEnd = room.lastIndexOf('\n\n');
      if (paragraphEnd > 0) {
        out.push(room.slice(0, paragraphEnd));
        return { pieces: out, truncated: true };
      }
      const space = room.search(/\s\S*$/);
      const kept = (space > 0 ? room.slice(0, space) : used === 0 ? room : '').trimEnd();
      if (kept) out.push(kept);
    } else if (out.length === 0) {
      out.push(piece);
    }
    const lastPiece = out[out.length - 1];
    if (typeof lastPiece === 'string') out[out.length - 1] = lastPiece.trimEnd().replace(/[\s,;:.…-]+$/, '') + '…';
    else out.push('…');
    return { pieces: out, truncated: true };
  }
  return { pieces, truncated: false };
}
