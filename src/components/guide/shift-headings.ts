// Feed sections may carry their own headings (h2 and below): shifted so that
// the highest lands one level under the section's heading and the page outline holds.
import type { SafeHtml, SafeNode, SafeTag } from '../../data/safe-html.js';

// Of the allowed tags only h2…h6 end in a digit: every other tag reads as 7, "no heading".
const own = (tag: string): number => +tag.slice(1) || 7;

/** The highest heading level in a subtree; 7 when there is none. */
const top = (node: SafeNode): number => (typeof node == 'string' ? 7 : Math.min(own(node.tag), ...node.children.map(top)));

/** Returns `nodes` with every heading moved so that none is at or above `sectionLevel`. */
export function shiftHeadings(nodes: SafeHtml, sectionLevel: number): SafeHtml {
  const by = sectionLevel + 1 - Math.min(7, ...nodes.map(top));
  const shift = (node: SafeNode): SafeNode =>
    typeof node == 'string'
      ? node
      : { ...node, tag: own(node.tag) < 7 ? (`h${Math.min(6, own(node.tag) + by)}` as SafeTag) : node.tag, children: node.children.map(shift) };
  return by > 0 ? nodes.map(shift) : nodes;
}
