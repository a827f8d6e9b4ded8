// Feed HTML, made safe: parsed inert by the browser's DOMParser and rebuilt node
// by node from an allowlist into plain objects, which Lit renders tag by tag.
// Nothing is ever passed to innerHTML or re-serialized and re-parsed.
import { safeUrl } from './safe-url.js';

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

interface TrustedTypePolicyLike {
  createHTML(input: string): string;
}
let policy: TrustedTypePolicyLike | null | undefined;

/**
 * Parses feed text into an inert document (no browsing context: scripts never
 * run, images never load). Under enforced Trusted Types, DOMParser wants
 * TrustedHTML: the `hromada-widgets` policy passes the text through, which is
 * safe because nothing of that document is ever inserted, only rebuilt from the allowlist.
 */
export function parseDocument(text: string, type: DOMParserSupportedType): Document {
  if (policy === undefined) {
    policy = null;
    const factory = (window as { trustedTypes?: { createPolicy(name: string, rules: { createHTML(input: string): string }): TrustedTypePolicyLike } }).trustedTypes;
    try {
      policy = factory?.createPolicy('hromada-widgets', { createHTML: (input) => input }) ?? null;
    } catch {
      // The page's CSP does not list the policy (or a second copy created it): plain strings, as without Trusted Types.
    }
  }
  return new DOMParser().parseFromString((policy ? policy.createHTML(text) : text) as string, type);
}

function parseInert(html: string): Document {
  return parseDocument(html.slice(0, SAFE_HTML_LIMITS.maxInputLength), 'text/html');
}

/**
 * Rebuilds `html` from the allowlist. Links keep only an allowed protocol,
 * resolved against `baseUrl` (the feed's URL); anything else loses its link
 * but keeps its text.
 */
export function sanitizeHtml(html: unknown, baseUrl?: string): SafeHtml {
  if (typeof html !== 'string' || html.trim() === '') return [];
  // Node (the validator CLI) has no DOMParser: there only the text matters, and text is all it gets.
  if (typeof DOMParser === 'undefined') return [htmlToText(html)];
  return sanitizeNodes(parseInert(html).body, baseUrl);
}

/** Rebuilds the children of an already parsed node (Atom `type="xhtml"` content) from the allowlist. */
export function sanitizeNodes(parent: Node, baseUrl?: string): SafeHtml {
  return normalize(rebuildChildren(parent, baseUrl, 0, { nodes: SAFE_HTML_LIMITS.maxNodes }));
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
  // HTML's own whitespace only: a no-break space is meant to stay.
  const collapsed = merged.map((node) => (typeof node === 'string' ? node.replace(/[ \t\n\r\f]+/g, ' ') : node));
  // Whitespace at the edges or between blocks is source formatting, not content.
  return collapsed.filter((node, index) => {
    if (typeof node !== 'string') return true;
    if (node !== ' ') return node !== '';
    const before = collapsed[index - 1];
    const after = collapsed[index + 1];
    return !(before === undefined || after === undefined || isBlock(before) || isBlock(after));
  });
}

function isBlock(node: SafeNode | undefined): boolean {
  return typeof node !== 'string' && node !== undefined && node.tag !== 'br' && BLOCKS.has(node.tag);
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
  // Without a DOM (the validator CLI) a rough text is enough to tell "has text" from "empty"; it is never rendered.
  if (typeof DOMParser === 'undefined') return html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return nodeText(parseInert(html).body);
}

/** The text of a parsed node, blocks separated, whitespace collapsed. */
export function nodeText(node: Node): string {
  return flattenText(node).replace(/\s+/g, ' ').trim();
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
