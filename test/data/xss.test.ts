// Real XSS vectors (DOMPurify's test set is the yardstick) through every field
// of every format, rendered the way elements render: text as text, links and
// images as attribute bindings, feed HTML through renderSafeHtml into a real element.
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { parseFeed } from '../../src/data/load-feed.js';
import type { Feed } from '../../src/data/model.js';
import { renderSafeHtml } from '../../src/internal/render-safe-html.js';

const CALL = 'window.__xss()';
const VECTORS = [
  `<script>${CALL}</script>`,
  `<img src=x onerror="${CALL}">`,
  `<svg onload=${CALL}>`,
  `<svg><script>${CALL}</script></svg>`,
  `<svg><a xlink:href="javascript:${CALL}"><text x="20" y="20">svg</text></a></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${CALL}>`,
  `<math><a xlink:href="javascript:${CALL}">math</a></math>`,
  `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${CALL}>`,
  `<svg></p><style><a id="</style><img src=1 onerror=${CALL}>">`,
  `<a href="javascript:${CALL}">js</a>`,
  `<a href="JaVaScRiPt:${CALL}">case</a>`,
  `<a href="jav&#x09;ascript:${CALL}">tab entity</a>`,
  `<a href="java\nscript:${CALL}">newline</a>`,
  `<a href=" &#14;  javascript:${CALL}">leading</a>`,
  `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${CALL}">decimal</a>`,
  `<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A${CALL}">hex no semicolons</a>`,
  `<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058${CALL}">padded</a>`,
  `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>`,
  `<a href="vbscript:msgbox(1)">vb</a>`,
  `<iframe srcdoc="<script>parent.__xss()</script>"></iframe>`,
  `<iframe src="javascript:parent.__xss()"></iframe>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${CALL}">`,
  `<noscript><p title="</noscript><img src=x onerror=${CALL}>">`,
  `<template><img src=x onerror=${CALL}></template>`,
  `<object data="javascript:${CALL}"></object><embed src="javascript:${CALL}">`,
  `<form id="test"><input name="attributes"><input name="parentNode"></form>`,
  `<img name="body" id="cookie"><a id="location" href="https://evil.example/">clobber</a>`,
  `<details open ontoggle=${CALL}>x</details>`,
  `<body onload=${CALL}>`,
  `<video><source onerror="${CALL}"></video>`,
  `<p style="background:url(javascript:${CALL})">style</p>`,
  `<base href="javascript:/"><a href="relative">base</a>`,
  `<a href="#" onclick="${CALL}" onmouseover="${CALL}">handlers</a>`,
  `<marquee onstart=${CALL}>m</marquee>`,
  `<isindex type=image src=1 onerror=${CALL}>`,
  `<div id="__proto__"><a id="constructor">proto</a></div>`,
  `"><script>${CALL}</script>`,
  `javascript:${CALL}`,
];
const URL_VECTORS = [`javascript:${CALL}`, ` JaVa\tScRiPt:${CALL}`, `data:text/html,<script>${CALL}</script>`, `vbscript:msgbox(1)`, `//evil.example/%0Ajavascript:${CALL}`];

const SITE = 'https://example.gov.ua/feed';
const cdata = (text: string) => `<![CDATA[${text}]]>`;
const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function feeds(v: string, u: string): Feed[] {
  const json = parseFeed(JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: v,
    home_page_url: u,
    next_url: u,
    items: [{ id: v, url: u, external_url: u, title: `T ${v}`, summary: v, content_html: v, content_text: v, image: u, banner_image: u, tags: [v], authors: [{ name: v }] }],
    _hromada: {
      version: 1,
      hotlines: [{ id: 'h', label: v, phone: v, hours: v, zoom_url: u }],
      guides: [{ id: 'g', title: v, sections: [{ id: 's', title: `S ${v}`, content_html: v }] }],
      videos: [{ id: 'v', provider: 'file', src: u, title: v, description: v, poster: u, captions: [{ src: u, label: v }] }, { id: 'y', video_id: v, title: v, poster: u }],
    },
  }), SITE);
  const rss = parseFeed(`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:yandex="http://news.yandex.ru"><channel>
    <title>${cdata(v)}</title><link>${attr(u)}</link>
    <item><title>${cdata(`T ${v}`)}</title><link>${attr(u)}</link><guid>${attr(u)}</guid><description>${cdata(v)}</description>
      <content:encoded>${cdata(v)}</content:encoded><category>${cdata(v)}</category><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">${cdata(v)}</dc:creator>
      <enclosure url="${attr(u)}" type="image/jpeg"/><media:content url="${attr(u)}" medium="image"><media:description>${cdata(v)}</media:description></media:content></item>
    <item><title>F</title><yandex:full-text>${cdata(v)}</yandex:full-text><full-text>${attr(v)}</full-text></item>
  </channel></rss>`, SITE);
  const atom = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${attr(u)}"><title type="html">${attr(v)}</title><link href="${attr(u)}"/>
    <entry><title type="html">${attr(`T ${v}`)}</title><link href="${attr(u)}"/><link rel="enclosure" type="image/png" href="${attr(u)}"/><id>${attr(v)}</id>
      <summary type="html">${attr(v)}</summary><content type="html">${cdata(v)}</content><category term="${attr(v)}" label="${attr(v)}"/><author><name>${attr(v)}</name></author></entry>
    <entry><title type="text">${attr(v)}</title><summary type="text">${attr(v)}</summary><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p onclick="${CALL}" style="x">xhtml</p><script>${CALL}</script><a href="${attr(u)}">l</a><iframe srcdoc="&lt;script&gt;parent.__xss()&lt;/script&gt;"/><svg xmlns="http://www.w3.org/2000/svg" onload="${CALL}"><script>${CALL}</script></svg><math xmlns="http://www.w3.org/1998/Math/MathML"><mi xmlns:xl="http://www.w3.org/1999/xlink" xl:href="javascript:${CALL}">m</mi></math></div></content></entry>
  </feed>`, SITE);
  const wordpress = parseFeed(JSON.stringify([{
    id: 1, link: u, date_gmt: '2024-05-01T07:00:00', title: { rendered: `T ${v}` }, excerpt: { rendered: v }, content: { rendered: v },
    _embedded: { author: [{ name: v }], 'wp:featuredmedia': [{ source_url: u, alt_text: v }], 'wp:term': [[{ name: v }]] },
  }]), SITE, { link: `<${u}>; rel="next"` });
  return [json, rss, atom, wordpress];
}

/** Everything an element could render from a feed, rendered into a real element. */
function renderAll(feed: Feed) {
  const link = (href: string | undefined, text: string) => (href ? html`<a href=${href} rel="noopener noreferrer">${text}</a>` : text);
  const img = (src: string | undefined, alt = '') => (src ? html`<img src=${src} alt=${alt} />` : '');
  return html`
    ${link(feed.nextUrl, 'next')}
    ${feed.items.map((item) => html`<article>
      <h3>${link(item.url, item.title)}</h3><p>${item.summary}</p>${img(item.image?.url, item.image?.alt)}
      <div>${renderSafeHtml(item.content ?? [])}</div><p>${item.tags.join(', ')}</p></article>`)}
    ${feed.hotlines.map((h) => html`<p>${h.label} ${h.phone} ${h.hours} ${link(h.zoomUrl, 'Zoom')}</p>`)}
    ${feed.guides.map((g) => html`<section><h3>${g.title}</h3>${g.sections.map((s) => html`<h4>${s.title}</h4><div>${renderSafeHtml(s.content)}</div>`)}</section>`)}
    ${feed.videos.map((v) => html`<figure>${img(v.poster)}<figcaption>${v.title} ${v.description} ${v.videoId}</figcaption>
      ${v.src ? html`<video src=${v.src}>${v.captions.map((c) => html`<track src=${c.src} label=${c.label} />`)}</video>` : ''}</figure>`)}
  `;
}

const FORBIDDEN = 'script, iframe, object, embed, frame, frameset, svg, math, style, base, meta, link, form, input, template, noscript, source, isindex, marquee, details, body';
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

describe('XSS corpus through every field of every format', () => {
  let fired: string[];
  const sink = document.createElement('div');
  before(() => document.body.append(sink));
  after(() => sink.remove());
  beforeEach(() => {
    fired = [];
    (window as unknown as { __xss: () => void }).__xss = () => fired.push('fired');
  });

  VECTORS.forEach((vector, index) => {
    it(`#${index} ${vector.slice(0, 70)}`, async () => {
      const u = URL_VECTORS[index % URL_VECTORS.length];
      const formats = feeds(vector, u);
      for (const feed of formats) {
        const host = sink.appendChild(document.createElement('div'));
        render(renderAll(feed), host);
        expect(host.querySelector(FORBIDDEN), `${feed.format}: <${host.querySelector(FORBIDDEN)?.localName}>`).to.equal(null);
        for (const element of host.querySelectorAll('*')) {
          for (const { name, value } of element.attributes) {
            expect(name.startsWith('on'), `${feed.format}: <${element.localName} ${name}>`).to.equal(false);
            if (name === 'href' || name === 'src') {
              expect(SAFE_PROTOCOLS.has(new URL(value, location.href).protocol), `${feed.format}: ${name}=${value}`).to.equal(true);
              if (element.localName !== 'a') expect(new URL(value).protocol, `${feed.format}: media ${value}`).to.match(/^https?:$/);
            }
            expect(['href', 'src', 'alt', 'label', 'rel'].includes(name) || name.startsWith('lit$') || name === 'class', `${feed.format}: attribute ${name}`).to.equal(true);
          }
        }
      }
      // Give anything that might have been scheduled (an image error, a load) a moment to fire.
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(fired).to.deep.equal([]);
      sink.replaceChildren();
    });
  });

  it('control: the same rendering keeps safe links, images and markup in every format', () => {
    for (const feed of feeds('<p>Текст <a href="/page">посилання</a></p>', 'https://example.gov.ua/news/1')) {
      const host = sink.appendChild(document.createElement('div'));
      render(renderAll(feed), host);
      expect(host.querySelector('a[href="https://example.gov.ua/page"]'), feed.format).to.not.equal(null);
      expect(host.querySelector('a[href="https://example.gov.ua/news/1"]'), feed.format).to.not.equal(null);
      expect(host.querySelector('img[src="https://example.gov.ua/news/1"]'), feed.format).to.not.equal(null);
    }
    sink.replaceChildren();
  });

  it('Atom xhtml content: elements outside the XHTML namespace and every attribute but href are gone', () => {
    const atom = feeds('x', `javascript:${CALL}`)[2];
    const content = atom.items[1].content;
    expect(content).to.deep.equal([{ tag: 'p', children: ['xhtml'] }, 'l']);
  });
});
