// Renders sanitized feed HTML as DOM nodes built one by one: the tag comes from
// the allowlist, text is appended as text nodes, a link's href is already safe.
// No HTML string is parsed. Fresh nodes each call, so elements sharing one feed never share nodes.
import type { SafeHtml } from '../data/safe-html.js';

export function renderSafeHtml(nodes: SafeHtml): Array<Node | string> {
  return nodes.map((node) => {
    if (typeof node === 'string') return node;
    const element = document.createElement(node.tag);
    if (node.href) Object.assign(element, { href: node.href, rel: 'noopener noreferrer' });
    element.append(...renderSafeHtml(node.children));
    return element;
  });
}
