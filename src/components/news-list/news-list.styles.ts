// Styles of <hromada-news-list>: the skeleton is the item template with
// placeholder text of typical length, made invisible; every row, placeholder or
// item, is one height (its parts clamped), and a smaller state keeps the
// placeholders' room, so nothing after the list moves (SPEC §6); images keep a
// 16:9 box; the meta line wraps (WCAG 1.4.10), its hromada name on lines of its own when narrow.
import { css } from 'lit';

export default css`
  #heading {
    margin: 0 0 0.5em;
    font-size: 1.375em;
  }
  .named {
    min-height: 2lh;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Whatever the state, over the placeholders' room (empty rows) when it is smaller (.over). */
  .rows {
    container-type: inline-size;
  }
  /* The grid (.over, base.styles) only with the room: a full page needs none around it (one layout
     less on the hot path). The room is kept no taller than the screen: what follows the list was below the screen under the
     placeholders and stays below it (no shift), and 2 items of 10 leave no blank pages. */
  .room {
    max-height: 100vh;
    overflow: hidden;
  }
  /* Items and placeholders: the only focusable list items, all of one height (the tallest an
     item can be, its parts clamped), so that none moves what follows when the items come. */
  [tabindex],
  b {
    display: flow-root;
    /* Narrow, with the two lines of a hromada's name (below). */
    min-height: calc(19.125em + 3px);
  }
  /* A row off screen is not laid out (the cost of a 50-item render was the 46 rows below the
     screen): it keeps its min-height, the height it would have, and once seen its own (auto).
     The paint containment that comes with it must not cut the focus ring of the full-text
     toggle at the row's left edge (3px outline + 2px offset, or the 5px shadow). */
  [tabindex] {
    padding: 0.75em 0;
    border-bottom: 1px solid var(--_border);
    content-visibility: auto;
    contain-intrinsic-size: auto none;
    overflow-clip-margin: 5px;
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
  /* Narrow, the hromada's name gets two lines of its own, there before it arrives with the
     region tree (after the items), so that its wrapping moves nothing under it. */
  @container (max-width: 40em) {
    [part='source'] {
      display: block;
      min-height: 2lh;
    }
    [part='source']::before {
      content: none;
    }
    /* A hromada's own list names no hromada in its items: its rows need not hold those two lines. */
    .low [tabindex],
    .low b {
      min-height: calc(16.5em + 3px);
    }
  }
  [part='title'],
  [part='summary'] {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  /* Focus must not be clipped with the title: its reader sees the whole title (:focus-within
     needs no :has() on every title). */
  [part='title']:focus-within {
    display: block;
    overflow: visible;
  }
  /* Wide, where titles and summaries take fewer lines: rows less tall. */
  @container (min-width: 40em) {
    [tabindex],
    b {
      min-height: calc(13.3em + 3px);
    }
    [part='title'],
    [part='summary'] {
      -webkit-line-clamp: 2;
    }
  }
  summary {
    color: var(--_accent);
  }
  li ul {
    display: flex;
    flex-wrap: wrap;
    max-height: calc(1.5em + 2px);
    overflow: hidden;
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
