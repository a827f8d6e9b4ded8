// Feed HTML, made safe: parsed inert by the browser's DOMParser and rebuilt node
// by node from an allowlist into plain objects, which Lit renders tag by tag.
// Nothing is ever passed to innerHTML or re-serialized and re-parsed.
import { safeUrl } from './safe-url.js';
import { parseInertHtml } from './inert-parse.js';

export type SafeTag =
  | 'p' | 'br' | 'hr' | 'ul' | 'ol' | 'li' | 'a'
  | 'strong' | 'em' | 'b' | 'i' | 'u' | 's' | 'mark' | 'small' | 'sub' | 'sup' | 'code' | 'pre'
  | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'blockquote' | 'q' | 'cite';

export interface SafeElement {
  tag: SafeTag;
  /** Only on `a`: an absolute http(s)/mailto/tel URL. */
  href?: string;
  children: SafeNode[];
}

export type SafeNode = string | SafeElement;
export type SafeHtml = readonly SafeNode[];

const KEPT = new Set<string>([
  'p', 'br', 'hr', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'b', 'i', 'u', 's', 'mark', 'small',
  'sub', 'sup', 'code', 'pre', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'q', 'cite',
]);

/** Renamed rather than dropped, so the structure survives. */
const RENAMED: Record<string, SafeTag> = { h1: 'h2', strike: 's', del: 's', ins: 'u', tt: 'code', kbd: 'code', samp: 'code', var: 'i', dfn: 'i' };

/** Dropped with everything inside: code, embedded content, form controls, foreign markup. */
const DROPPED = new Set<string>([
  'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'svg', 'math', 'canvas', 'audio', 'video', 'source', 'track', 'picture', 'img', 'map', 'area',
  'form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'output',
  'head', 'title', 'meta', 'link', 'base', 'param', 'portal', 'dialog', 'slot',
]);

/** Block-level elements: their text is separated by spaces when flattened to text. */
const BLOCKS = new Set<string>([
  'p', 'div', 'li', 'ul', 'ol', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote',
  'pre', 'section', 'article', 'header', 'footer', 'aside', 'figure', 'figcaption', 'table', 'tr',
  'td', 'th', 'dl', 'dt', 'dd', 'address', 'details', 'summary', 'main', 'nav',
]);

/** Limits that keep a hostile feed from hanging the page. */
export const SAFE_HTML_LIMITS = { maxDepth: 24, maxNodes: 4000, maxInputLength: 1_000_000 };

function parseInert(html: string): Document {
  return parseInertHtml(html.slice(0, SAFE_HTML_LIMITS.maxInputLength));
}

/**
 * Rebuilds `html` from the allowlist. Links keep only an allowed protocol,
 * resolved against `baseUrl` (the feed's URL); anything else loses its link
 * but keeps its text.
 */
export function sanitizeHtml(html: unknown, baseUrl?: string): SafeHtml {
  if (typeof html !== 'string' || html.trim() === '') return [];
  const body = parseInert(html).body;
  const budget = { nodes: SAFE_HTML_LIMITS.maxNodes };
  return normalize(rebuildChildren(body, baseUrl, 0, budget));
}

function rebuildChildren(parent: Node, baseUrl: string | undefined, depth: number, budget: { nodes: number }): SafeNode[] {
  const out: SafeNode[] = [];
  for (let node = parent.firstChild; node && budget.nodes > 0; node = node.nextSibling) {
    budget.nodes -= 1;
    if (node.nodeType === Node.TEXT_NODE) {
      out.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const element = node as Element;
    // Only HTML-namespace elements: SVG/MathML lookalikes are namespace-confusion vectors.
    if (element.namespaceURI !== 'http://www.w3.org/1999/xhtml') continue;
    const name = element.localName;
    if (DROPPED.has(name)) continue;
    if (depth >= SAFE_HTML_LIMITS.maxDepth) {
      out.push(flattenText(element));
      continue;
    }
    const children = rebuildChildren(element, baseUrl, depth + 1, budget);
    const tag = (KEPT.has(name) ? name : RENAMED[name]) as SafeTag | undefined;
    if (!tag || !KEPT.has(tag)) {
      // Unknown or presentational wrapper (div, span, font, table…): keep its content.
      if (BLOCKS.has(name)) out.push(' ', ...children, ' ');
      else out.push(...children);
      continue;
    }
    if (tag === 'a') {
      const href = safeUrl(element.getAttribute('href'), baseUrl);
      if (!href) {
        out.push(...children);
        continue;
      }
      out.push({ tag, href, children });
      continue;
    }
    out.push({ tag, children });
  }
  return out;
}

/** Merges adjacent text and collapses the whitespace that HTML would collapse anyway. */
function normalize(nodes: SafeNode[]): SafeNode[] {
  const merged: SafeNode[] = [];
  for (const node of nodes) {
    const last = merged[merged.length - 1];
    if (typeof node === 'string' && typeof last === 'string') merged[merged.length - 1] = last + node;
    else if (typeof node === 'string') merged.push(node);
    else merged.push(node.tag === 'pre' ? node : { ...node, children: normalize(node.children) });
  }
  return merged
    .map((node) => (typeof node === 'string' ? node.replace(/\s+/g, ' ') : node))
    .filter((node) => node !== '');
}

function flattenText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === Node.ELEMENT_NODE) {
        const name = (child as Element).localName;
        if (DROPPED.has(name)) continue;
        const block = BLOCKS.has(name);
        if (block) parts.push(' ');
        walk(child);
        if (block) parts.push(' ');
      }
    }
  };
  walk(root);
  return parts.join('');
}

/** The plain text of `html` (for summaries and titles): inert parse, blocks separated, whitespace collapsed. */
export function htmlToText(html: unknown): string {
  if (typeof html !== 'string' || html === '') return '';
  if (!/[<&]/.test(html)) return html.replace(/\s+/g, ' ').trim();
  return flattenText(parseInert(html).body).replace(/\s+/g, ' ').trim();
}

/** The plain text of already-sanitized HTML. */
export function safeHtmlToText(nodes: SafeHtml): string {
  const parts: string[] = [];
  const walk = (list: SafeHtml): void => {
    for (const node of list) {
      if (typeof node === 'string') parts.push(node);
      else {
        walk(node.children);
        parts.push(' ');
      }
    }
  };
  walk(nodes);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
