// Feed sections may carry their own headings (h2 and below): shifted so that
// the highest lands one level under the section's heading and the page outline holds.
import type { SafeElement, SafeHtml, SafeNode, SafeTag } from '../../data/safe-html.js';

const level = (tag: SafeTag): number => (/^h[2-6]$/.test(tag) ? Number(tag[1]) : 0);

function highest(nodes: SafeHtml): number {
  let min = 7;
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    min = Math.min(min, level(node.tag) || 7, highest(node.children));
  }
  return min;
}

/** Returns `nodes` with every heading moved so that none is at or above `sectionLevel`. */
export function shiftHeadings(nodes: SafeHtml, sectionLevel: number): SafeHtml {
  const by = sectionLevel + 1 - highest(nodes);
  if (by <= 0) return nodes;
  const shift = (node: SafeNode): SafeNode => {
    if (typeof node === 'string') return node;
    const own = level(node.tag);
    const tag = own ? (`h${Math.min(6, own + by)}` as SafeTag) : node.tag;
    return { ...node, tag, children: node.children.map(shift) } satisfies SafeElement;
  };
  return nodes.map(shift);
}
