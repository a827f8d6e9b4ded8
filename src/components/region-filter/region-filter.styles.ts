// Styles of <hromada-region-filter>: a toggle, then a panel with the search
// combobox and the oblast / raion / hromada buttons, in one column at 320 px.
import { css } from 'lit';

export default css`
  button,
  input,
  #panel {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  button,
  input,
  li[id] {
    min-height: 44px;
    padding: 0.5em 0.75em;
    text-align: start;
  }
  [part='toggle'],
  [aria-current],
  [aria-selected='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  /* A raion's or hromada's name comes with the region tree: until then, unseen text of a typical
     name's length lays out its lines (a hromada's two on a phone), so that it moves nothing (SPEC §6). */
  .raion::before,
  .hromada::before {
    content: 'hromada hromada hromada';
    visibility: hidden;
  }
  .hromada::before {
    content: 'hromada hromada hromada hromada';
  }
  #panel {
    margin-top: 0.75em;
    padding: var(--_space);
    background: var(--_surface);
  }
  /* The field and its clear button in a row, the results below them. */
  .combo {
    position: relative;
    display: flex;
  }
  input {
    width: 100%;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* A popup over what follows, so that each keystroke lays out the popup alone. */
  #results {
    position: absolute;
    z-index: 1;
    inset: 100% 0 auto;
    max-height: 20em;
    overflow: auto;
    contain: content;
    border: 1px solid;
    background: var(--_surface);
  }
  small {
    display: block;
  }
  [part='list'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin-top: 0.5em;
  }
  /* An oblast or raion with what lies in it: a row of its own, indented below it. */
  li:has(ul) {
    flex-basis: 100%;
  }
  li ul {
    padding-inline-start: 1em;
  }
  @media (forced-colors: active) {
    [aria-selected='true'] {
      outline: 3px solid Highlight;
    }
    /* A border, not an outline: focus (an outline) must still show on the chosen button. */
    :host [aria-current] {
      border: 3px solid Highlight;
    }
  }
`;
