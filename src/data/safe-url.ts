// Links from feeds and attributes are kept only when their protocol is one a
// reader can safely follow; everything else (javascript:, data:, vbscript:) is dropped.

export const LINK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:', 'tel:']);
export const MEDIA_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

/**
 * Resolves `value` against `base` and returns the absolute URL if its protocol
 * is allowed, otherwise undefined. The URL parser, not a regular expression,
 * decides, so entity, whitespace and case obfuscation cannot slip through.
 */
export function safeUrl(
  value: unknown,
  base: string | URL | undefined = typeof document !== 'undefined' ? document.baseURI : undefined,
  protocols: ReadonlySet<string> = LINK_PROTOCOLS,
): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return undefined;
  }
  return protocols.has(url.protocol) ? url.href : undefined;
}
