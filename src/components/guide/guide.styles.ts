// Styles of <hromada-guide>: a quiet accordion with large targets, motion only
// when the reader allows it, and every section shown in print. The base gives
// the reset, focus ring and .visually-hidden.
import { css } from 'lit';

export default css`
  button {
    min-height: 44px;
    padding: 0;
    border: 0;
    background: none;
    cursor: pointer;
  }
  /* "Show all" and "copy link" read as links: they act on the page, not on one heading. */
  [part='show-all'],
  [part='copy-link'] {
    color: var(--_accent);
    text-decoration: underline;
  }
  /* Each section's lines at top and bottom, the shared one drawn once. */
  [part='section'] {
    border-block: 1px solid var(--_border);
    margin-top: -1px;
  }
  [aria-expanded] {
    display: flex;
    align-items: center;
    gap: 0.75em;
    width: 100%;
    padding-block: 0.75em;
    font-size: 1.125em;
    font-weight: 700;
    text-align: start;
  }
  /* The chevron: a pseudo-element, so a section costs no extra nodes. */
  [aria-expanded]::after {
    content: '';
    flex: none;
    width: 0.6em;
    height: 0.6em;
    margin-inline-start: auto;
    border: solid var(--_accent);
    border-width: 0 0.15em 0.15em 0;
    rotate: 45deg;
  }
  [aria-expanded='true']::after {
    rotate: -135deg;
  }
  /* The base hides [hidden] with display:none, which find-in-page cannot search;
     until-found keeps the box and hides only the content. */
  [hidden='until-found'] {
    display: block !important;
    content-visibility: hidden;
  }
  @media (prefers-reduced-motion: no-preference) {
    [aria-expanded]::after {
      transition: rotate 0.2s;
    }
  }
  @media print {
    [hidden] {
      display: block !important;
      content-visibility: visible;
    }
    [part='show-all'],
    [part='copy-link'],
    [aria-expanded]::after {
      display: none;
    }
  }
`;
