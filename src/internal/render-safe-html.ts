// Renders sanitized feed HTML with ordinary Lit templates, one per allowed tag:
// text stays text, links are attribute bindings, and no HTML string is parsed.
import { html, type TemplateResult } from 'lit';
import type { SafeHtml, SafeNode } from '../data/safe-html.js';

export function renderSafeHtml(nodes: SafeHtml): Array<TemplateResult | string> {
  return nodes.map(renderNode);
}

function renderNode(node: SafeNode): TemplateResult | string {
  if (typeof node === 'string') return node;
  const c = renderSafeHtml(node.children);
  switch (node.tag) {
    case 'p': return html`<p>${c}</p>`;
    case 'br': return html`<br />`;
    case 'hr': return html`<hr />`;
    case 'ul': return html`<ul>${c}</ul>`;
    case 'ol': return html`<ol>${c}</ol>`;
    case 'li': return html`<li>${c}</li>`;
    case 'a': return html`<a href=${node.href ?? ''} rel="noopener noreferrer">${c}</a>`;
    case 'strong': return html`<strong>${c}</strong>`;
    case 'b': return html`<b>${c}</b>`;
    case 'em': return html`<em>${c}</em>`;
    case 'i': return html`<i>${c}</i>`;
    case 'u': return html`<u>${c}</u>`;
    case 's': return html`<s>${c}</s>`;
    case 'mark': return html`<mark>${c}</mark>`;
    case 'small': return html`<small>${c}</small>`;
    case 'sub': return html`<sub>${c}</sub>`;
    case 'sup': return html`<sup>${c}</sup>`;
    case 'code': return html`<code>${c}</code>`;
    case 'pre': return html`<pre>${c}</pre>`;
    case 'h2': return html`<h2>${c}</h2>`;
    case 'h3': return html`<h3>${c}</h3>`;
    case 'h4': return html`<h4>${c}</h4>`;
    case 'h5': return html`<h5>${c}</h5>`;
    case 'h6': return html`<h6>${c}</h6>`;
    case 'blockquote': return html`<blockquote>${c}</blockquote>`;
    case 'q': return html`<q>${c}</q>`;
    case 'cite': return html`<cite>${c}</cite>`;
    default: return html`${c}`;
  }
}
