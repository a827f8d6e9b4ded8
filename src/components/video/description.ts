// A plain-text description as Lit renders it: paragraphs kept, shortened
// behind "Показати більше", URLs split out to become links. Never parsed as HTML.

/** Blank lines separate paragraphs; other line breaks are the markup's wrapping. */
export const paragraphs = (text: string): string =>
  text.trim().replace(/\s+/g, (space) => (/\n\s*\n/.test(space) ? '\n\n' : ' '));

/** At most `limit` characters, cut at a space (never inside a URL), with "…". */
export const shorten = (text: string, limit: number): string =>
  text.slice(0, text.slice(0, limit).search(/\s\S*$/)).replace(/[\s,;:.-]*$/, '…');

/**
 * `text.split(URLS)`: odd items are http(s) URLs. Sentence punctuation after a
 * URL stays out of it; parentheses opened inside it (Wikipedia) stay in.
 */
export const URLS = /(https?:\/\/(?:[^\s<>"'«»()]|\([^\s<>"'()]*\))+(?<![.,;:!?…\]]))/i;
