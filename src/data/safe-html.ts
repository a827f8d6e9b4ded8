// Feed HTML, made safe: parsed inert by the browser's DOMParser and rebuilt node
// by node from an allowlist into plain objects, which Lit renders tag by tag.
// Nothing is ever passed to innerHTML or re-serialized and re-parsed.
import { safeUrl } from './safe-url.js';
import { SAFE_HTML_LIMITS } from './limits.js';

export { SAFE_HTML_LIMITS } from './limits.js';

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

const set = (names: string) => new Set(names.split(' '));
const KEPT = set('p br hr ul ol li a strong em b i u s mark small sub sup code pre h2 h3 h4 h5 h6 blockquote q cite');
/**
 * Renamed rather than dropped, so the structure survives. Without a prototype: a tag named like one of Object's
 * members (`<constructor>`) is just another unknown tag.
 */
const RENAMED: Record<string, SafeTag> = { __proto__: null as never, h1: 'h2', strike: 's', del: 's', ins: 'u' };
/**
 * Dropped with everything inside: code, raw text, embedded content and its
 * fallback, form controls, the head. (SVG and MathML fall to the namespace
 * check; void elements like img have nothing inside to keep.)
 */
const DROPPED = set('script style template noscript noembed noframes iframe object embed applet audio video canvas select textarea button datalist title head');
/** Where a dropped element opens: an element's text may then be dropped too, which only the rebuild can tell. */
const DROPPED_OPENING = new RegExp(`<(${[...DROPPED].join('|')})[\\s/>]`, 'i');
/** Block-level elements: their text is separated by spaces when rebuilt without them or flattened to text. */
const BLOCK = /^(p|div|li|[ou]l|[bh]r|h\d|blockquote|pre|section|article|header|footer|aside|figure|figcaption|table|t[rdh]|d[ltd]|address|details|summary|main|nav)$/;

let policy: { createHTML(input: string): string } | null | undefined;

/**
 * Parses feed text into an inert document (no browsing context: scripts never
 * run, images never load). Under enforced Trusted Types, DOMParser wants
 * TrustedHTML: the `hromada-widgets` policy passes the text through, which is
 * safe because nothing of that document is ever inserted, only rebuilt from the allowlist.
 */
export function parseDocument(text: string, type: DOMParserSupportedType): Document {
  if (policy === undefined) {
    policy = null;
    try {
      policy = (window as { trustedTypes?: { createPolicy(name: string, rules: object): typeof policy } }).trustedTypes?.createPolicy('hromada-widgets', { createHTML: (input: string) => input }) ?? null;
    } catch {
      // The page's CSP does not list the policy (or a second copy created it): plain strings, as without Trusted Types.
    }
  }
  return new DOMParser().parseFromString((policy ? policy.createHTML(text) : text) as string, type);
}

const parseInert = (html: string) => parseDocument(html.slice(0, SAFE_HTML_LIMITS.maxInputLength), 'text/html').body;

/**
 * Rebuilds `html` from the allowlist. Links keep only an allowed protocol,
 * resolved against `baseUrl` (the feed's URL); anything else loses its link
 * but keeps its text.
 */
export function sanitizeHtml(html: unknown, baseUrl?: string): SafeHtml {
  if (typeof html !== 'string' || !html.trim()) return [];
  return sanitizeNodes(parseInert(html), baseUrl);
}

/** Rebuilds the children of an already parsed node (Atom `type="xhtml"` content) from the allowlist. */
export function sanitizeNodes(parent: Node, baseUrl?: string): SafeHtml {
  let budget = SAFE_HTML_LIMITS.maxNodes;
  const rebuild = (parent: Node, depth: number): SafeNode[] => {
    const out: SafeNode[] = [];
    // The budget counts what is kept: unwrapped elements cost only their walk, which the input length bounds.
    for (let node = parent.firstChild; node && budget > 0; node = node.nextSibling) {
      if (node.nodeType === 3) {
        // Whitespace alone at an edge or beside a block is source formatting, not content (the rest CSS collapses).
        const { nodeValue, previousSibling: before, nextSibling: after } = node;
        if (/\S/.test(nodeValue!) || (before && after && !BLOCK.test((before as Element).localName) && !BLOCK.test((after as Element).localName))) {
          budget--;
          out.push(nodeValue!);
        }
      }
      const element = node as Element;
      const name = element.localName;
      // Only HTML-namespace elements: SVG/MathML lookalikes are namespace-confusion vectors.
      if (node.nodeType !== 1 || element.namespaceURI !== 'http://www.w3.org/1999/xhtml' || DROPPED.has(name)) continue;
      const children = rebuild(element, depth + 1);
      // Past the depth limit every element is unwrapped like an unknown one: its text stays, the nesting does not
      // (the browser's parsers stop nesting at a few hundred levels, so the recursion itself is bounded).
      const tag = (depth < SAFE_HTML_LIMITS.maxDepth && (KEPT.has(name) ? name : RENAMED[name])) as SafeTag | undefined;
      const href = tag === 'a' ? safeUrl(element.getAttribute('href'), baseUrl) : '';
      // An unknown or presentational wrapper (div, span, font, table…), or a link to nowhere safe: its content stays.
      if (!tag || href === undefined) out.push(...(BLOCK.test(name) ? [' ', ...children, ' '] : children));
      else {
        budget--;
        out.push(href ? { tag, href, children } : { tag, children });
      }
    }
    return out;
  };
  return rebuild(parent, 0);
}

const joined = (nodes: SafeHtml): string => nodes.map((node) => (typeof node === 'string' ? node : BLOCK.test(node.tag) ? ` ${joined(node.children)} ` : joined(node.children))).join('');

/** Runs of whitespace as one space, none at the ends: how text reads once rendered. */
export const collapseSpace = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The plain text of already-sanitized HTML, blocks separated, whitespace collapsed. */
export const safeHtmlToText = (nodes: SafeHtml): string => collapseSpace(joined(nodes));

/** The plain text of `html` (for summaries and titles): the text of what the allowlist keeps of an inert parse. */
export const htmlToText = (html: unknown): string => (typeof html !== 'string' ? '' : safeHtmlToText(/[<&]/.test(html) ? sanitizeHtml(html) : [html]));

/**
 * Whether `html` has text the allowlist keeps, told without parsing when it can
 * be: tags and whitespace entities removed, is anything left? A list decides
 * from this whether to offer an article's full text, so the article is rebuilt
 * only when the reader opens it. Markup with a dropped element (script, style…)
 * is rare in feeds and is rebuilt to tell.
 */
export const hasText = (html: string): boolean =>
  DROPPED_OPENING.test(html) ? htmlToText(html) !== '' : /\S/.test(html.replace(/<[a-z/!?][^>]*>?|&(nbsp|#160|#xa0);/gi, ''));
