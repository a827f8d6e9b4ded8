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
    background: none;
    font: inherit;
    color: inherit;
    text-align: start;
  }
  [part='toggle'],
  [aria-current],
  [aria-selected='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  #panel {
    margin-top: 0.75em;
    padding: var(--_space);
    background: var(--_surface);
  }
  .combo {
    position: relative;
  }
  input,
  [part='choice'] {
    width: 100%;
  }
  input {
    padding-inline-end: 44px;
  }
  [part='clear'] {
    position: absolute;
    inset-inline-end: 0;
    border: 0;
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
    inset-inline: 0;
    max-height: 20em;
    overflow-y: auto;
    contain: content;
    border: 1px solid;
    background: var(--_surface);
  }
  small {
    display: block;
  }
  [part='list'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: 0.375em;
    margin-top: 0.5em;
  }
  /* A raion: its button, then its hromadas across the row. */
  li:has(ul) {
    grid-column: 1 / -1;
  }
  [part='back'] {
    border: 0;
    color: var(--_accent);
    text-decoration: underline;
  }
  @media (forced-colors: active) {
    [aria-current],
    [aria-selected='true'] {
      outline: 3px solid Highlight;
    }
  }
`;
