// Styles for the shared error and outdated states (feed-status.ts); elements
// reuse `.button`, the one filled button style, for their other buttons.
import { css } from 'lit';

export default css`
  .feed-error {
    padding: 0.75em 1em;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .feed-error p {
    margin: 0 0 0.5em;
  }
  .button {
    padding: 0.5em 1em;
    min-height: 44px;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
  }
  .feed-stale {
    margin: 0 0 0.75em;
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--_focus);
    background: var(--_surface);
    font-size: 0.875em;
  }
`;
