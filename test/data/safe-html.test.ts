import { expect } from '@open-wc/testing';
import { hasText, htmlToText, sanitizeHtml, type SafeHtml } from '../../src/data/safe-html.js';
import { renderSafeHtml } from '../../src/internal/render-safe-html.js';

/** Serializes the safe model for comparison (test-only; production never serializes). */
function show(nodes: SafeHtml): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return node;
      if (node.tag === 'br' || node.tag === 'hr') return `<${node.tag}>`;
      return `<${node.tag}${node.href ? ` href="${node.href}"` : ''}>${show(node.children)}</${node.tag}>`;
    })
    .join('');
}

describe('sanitizeHtml()', () => {
  it('keeps the allowlisted structure', () => {
    expect(show(sanitizeHtml('<p>Hello <strong>world</strong><br>line</p><ul><li>a</li></ul>'))).to.equal(
      '<p>Hello <strong>world</strong><br>line</p><ul><li>a</li></ul>',
    );
  });

  it('resolves relative links against the feed URL and keeps only safe protocols', () => {
    const base = 'https://example.gov.ua/feed/news.json';
    expect(show(sanitizeHtml('<a href="../page">x</a>', base))).to.equal('<a href="https://example.gov.ua/page">x</a>');
    expect(show(sanitizeHtml('<a href="mailto:a@b.ua">m</a><a href="tel:+380683777777">t</a>', base))).to.equal(
      '<a href="mailto:a@b.ua">m</a><a href="tel:+380683777777">t</a>',
    );
  });

  const vectors: Array<[string, string]> = [
    ['<script>alert(1)</script>ok', 'ok'],
    ['<img src=x onerror=alert(1)>ok', 'ok'],
    ['<a href="javascript:alert(1)">x</a>', 'x'],
    ['<a href="&#106;avascript:alert(1)">x</a>', 'x'],
    ['<a href=" &#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">x</a>', 'x'],
    ['<a href="java\tscript:alert(1)">x</a>', 'x'],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', 'x'],
    ['<svg><a href="https://ok.ua">svg-link</a><script>alert(1)</script></svg>', ''],
    ['<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', ''],
    ['<iframe srcdoc="<script>alert(1)</script>"></iframe>ok', 'ok'],
    ['<meta http-equiv="refresh" content="0;url=javascript:alert(1)">ok', 'ok'],
    // Parsed inert, the <p> escapes the <noscript> but its title stays an attribute, and attributes are dropped.
    ['<noscript><p title="</noscript><img src=x onerror=alert(1)>">', '<p></p>'],
    ['<template><script>alert(1)</script></template>ok', 'ok'],
    ['<form id="x"><input name="attributes"></form>ok', 'ok'],
    ['<p onclick="alert(1)" style="color:red" class="x">text</p>', '<p>text</p>'],
  ];
  for (const [input, expected] of vectors) {
    it(`neutralizes ${input}`, () => {
      expect(show(sanitizeHtml(input, 'https://example.gov.ua/'))).to.equal(expected);
    });
  }

  it('unwraps a tag named like one of Object\'s members, and renders what it keeps', () => {
    const nodes = sanitizeHtml('<p>a<constructor>b</constructor>c<tostring>d</tostring></p>');
    expect(show(nodes)).to.equal('<p>abcd</p>');
    const [paragraph] = renderSafeHtml(nodes) as Element[];
    expect([paragraph.localName, paragraph.childElementCount, paragraph.textContent]).to.deep.equal(['p', 0, 'abcd']);
  });

  it('flattens nesting deeper than the limit instead of recursing forever', () => {
    const deep = '<div>'.repeat(5000) + 'deep' + '</div>'.repeat(5000);
    expect(show(sanitizeHtml(deep)).trim()).to.equal('deep');
  });
});

describe('htmlToText()', () => {
  it('returns the text of an inert parse, blocks separated', () => {
    expect(htmlToText('<p>Перший</p><p>Другий &amp; третій</p>')).to.equal('Перший Другий & третій');
  });

  it('never runs what it parses', () => {
    (window as unknown as { __fired?: boolean }).__fired = false;
    htmlToText('<img src=x onerror="window.__fired=true"><script>window.__fired=true</script>text');
    return new Promise<void>((resolve) =>
      setTimeout(() => {
        expect((window as unknown as { __fired?: boolean }).__fired).to.equal(false);
        resolve();
      }, 50),
    );
  });
});

describe('hasText()', () => {
  it('agrees with the rebuild on whether anything readable is left', () => {
    const cases: [string, boolean][] = [
      ['<p>Повний <strong>текст</strong></p>', true],
      ['просто текст', true],
      ['a < b', true],
      ['&amp;', true],
      ['<p> </p>', false],
      ['<p>&nbsp;&#160;</p><br>', false],
      ['<img src=x onerror=alert(1)>', false],
      ['<!-- коментар -->', false],
      ['<script>alert(1)</script>', false],
      ['<style>p{}</style><iframe src="javascript:alert(1)">fallback</iframe>', false],
      ['<script>alert(1)</script><p>Текст</p>', true],
      ['<svg><p>Текст</p></svg>', true],
    ];
    for (const [html, expected] of cases) expect(hasText(html), html).to.equal(expected);
    for (const [html, expected] of cases.filter(([html]) => !html.includes('<svg'))) expect(htmlToText(html) !== '', `rebuild of ${html}`).to.equal(expected);
  });
});
