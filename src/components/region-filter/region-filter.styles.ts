// Styles of <hromada-region-filter>: a toggle, then a panel with the search
// combobox and the oblast / raion / hromada buttons, in one column at 320 px.
import { css } from 'lit';

export default css`
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .toggle,
  .choice,
  input {
    min-height: 44px;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .toggle,
  .choice[aria-current] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .choice[aria-current]::before {
    content: '✓ ' / '';
  }
  .current,
  .label,
  .raion {
    font-weight: 600;
  }
  .panel {
    margin-top: 0.75em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .label {
    display: block;
    margin-bottom: 0.25em;
  }
  .combo {
    position: relative;
    margin-bottom: 0.75em;
  }
  .field {
    display: flex;
  }
  input {
    flex: 1;
    min-width: 0;
    padding-inline-end: 44px;
    border-width: 2px;
    cursor: text;
  }
  .clear {
    position: absolute;
    inset-inline-end: 0;
    width: 44px;
    height: 44px;
    border: 0;
    background: none;
    cursor: pointer;
  }
  /* A popup over what follows, so that each keystroke lays out the popup alone. */
  .popup {
    position: absolute;
    inset-inline: 0;
    z-index: 1;
    margin-top: 0.25em;
    contain: content;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 0.25em 0.75em rgb(0 0 0 / 0.3);
  }
  ul,
  .count {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .results {
    max-height: 20em;
    overflow-y: auto;
  }
  .option,
  .count {
    padding: 0.5em 0.75em;
    border-bottom: 1px solid var(--_border);
  }
  .option {
    cursor: pointer;
    /* Options scrolled out of sight are not laid out on each keystroke. */
    content-visibility: auto;
    contain-intrinsic-size: auto 4em;
  }
  .option:hover {
    text-decoration: underline;
  }
  .option[aria-selected='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .detail,
  .count {
    display: block;
    font-size: 0.875em;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: 0.375em;
    margin: 0.5em 0 1em;
  }
  .choice {
    width: 100%;
  }
  .back {
    min-height: 44px;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .back::before {
    content: '← ' / '';
  }
  @media (forced-colors: active) {
    .option[aria-selected='true'],
    .choice[aria-current] {
      outline: 3px solid Highlight;
      outline-offset: -3px;
    }
  }
`;
