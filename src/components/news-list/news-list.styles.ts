// Styles of <hromada-news-list>: the skeleton is the item template with
// placeholder text of typical length, made invisible, so it takes the room of
// what replaces it; images keep a 16:9 box. The meta line wraps: an ellipsis would
// hide the hromada's name at 320 px (WCAG 1.4.10).
import { css } from 'lit';

export default css`
  #heading {
    margin: 0 0 0.5em;
    font-size: 1.375em;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Items and placeholders: the only focusable list items. */
  [tabindex] {
    display: flow-root;
    padding: 0.75em 0;
    border-bottom: 1px solid var(--_border);
  }
  [tabindex] > * {
    margin: 0 0 0.25em;
  }
  img,
  i {
    float: left;
    width: var(--hromada-news-image-width, min(30%, 10em));
    height: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    margin-right: var(--_space);
  }
  [part='title'] {
    font-size: 1.125em;
  }
  [part='meta'] {
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part='source']::before {
    content: ' · ';
  }
  [part='summary'] {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  summary {
    color: var(--_accent);
  }
  li ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    font-size: 0.8125em;
  }
  li li {
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: 1em;
  }
  /* The placeholders' text is there only to wrap as real text would. A gradient,
     not a colour: axe leaves the contrast of text nobody can see alone. Forced
     colours would paint it (in Ukrainian, on an English page too), so they keep off. */
  [inert] * {
    forced-color-adjust: none;
    color: transparent;
    background: linear-gradient(var(--_surface) 0 0);
  }
  .more {
    margin-top: var(--_space);
  }
  /* The room of "Показати ще" while loading: most feeds have more than a page. */
  [disabled] {
    visibility: hidden;
  }
`;
