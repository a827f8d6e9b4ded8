// Headings at a level the host page chooses (`heading-level`), so a widget fits
// the page's outline. Lit cannot bind a tag name, hence one template per level.
import { html, nothing, type TemplateResult } from 'lit';

export interface HeadingAttributes {
  id?: string;
  part?: string;
  class?: string;
}

/** 2–6; anything else (1, 9) falls back to the nearest allowed level; no level (NaN, 0: a removed or empty attribute) to `fallback`. */
export function clampHeadingLevel(level: unknown, fallback = 2): number {
  const value = Math.round(Number(level) || NaN);
  if (!Number.isFinite(value)) return fallback;
  return Math.min(6, Math.max(2, value));
}

export function headingTemplate(level: number, content: unknown, attributes: HeadingAttributes = {}): TemplateResult {
  const id = attributes.id ?? nothing;
  const part = attributes.part ?? nothing;
  const cls = attributes.class ?? nothing;
  switch (clampHeadingLevel(level)) {
    case 3:
      return html`<h3 id=${id} part=${part} class=${cls}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} class=${cls}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} class=${cls}>${content}</h5>`;
    case 6:
      return html`<h6 id=${id} part=${part} class=${cls}>${content}</h6>`;
    default:
      return html`<h2 id=${id} part=${part} class=${cls}>${content}</h2>`;
  }
}
