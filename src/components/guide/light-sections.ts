// Reads a guide's sections from the element's own children, in one pass and
// without moving them: the page keeps its markup, the element only projects it.

/** A node that a manually assigned slot can show. */
export type Slottable = Element | Text;

export interface LightSection {
  id: string;
  title: string;
  /** What follows the heading, up to the next heading of the same level. */
  nodes: Slottable[];
}

export interface LightContent {
  /** Whatever comes before the first section heading: always shown. */
  intro: Slottable[];
  sections: LightSection[];
}

const HEADING = /^H[1-6]$/;

/**
 * Sections start at each child heading of `level`; when there is none, at each
 * child heading of the level of the first child heading found. Headings without
 * an id get `<idPrefix>section-<n>`.
 */
export function readLightSections(host: Element, level: number, idPrefix = ''): LightContent {
  const children = Array.from(host.children);
  let tag = `H${level}`;
  if (!children.some((child) => child.tagName === tag)) {
    tag = children.find((child) => HEADING.test(child.tagName))?.tagName ?? tag;
  }
  const content: LightContent = { intro: [], sections: [] };
  let current: Slottable[] = content.intro;
  for (const node of Array.from(host.childNodes)) {
    if (node instanceof Element && node.tagName === tag) {
      const section = {
        id: node.id || `${idPrefix}section-${content.sections.length + 1}`,
        title: (node.textContent ?? '').trim().replace(/\s+/g, ' '),
        nodes: [],
      };
      content.sections.push(section);
      current = section.nodes;
    } else if (node instanceof Element || node instanceof Text) {
      current.push(node);
    }
  }
  return content;
}
