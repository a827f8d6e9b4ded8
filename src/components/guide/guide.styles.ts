// Styles of <hromada-guide>: a quiet accordion with large targets, motion only
// when the reader allows it, and every section shown in print. The base gives
// the reset, focus ring and .visually-hidden.
//
// The collapsed guide has a fixed geometry that a page can reproduce before the
// script runs, so that the upgrade moves nothing (layout shift 0). Keep it in step
// with this rule for host pages (README, demo/demo.css); for another heading
// level, replace h3:
//
//   @media screen and (scripting: enabled) {
//     hromada-guide:not(:defined) { display: block; padding-top: 44px; }
//     hromada-guide:not(:defined) > h3 ~ :not(h3) { display: none; }
//     hromada-guide:not(:defined) > h3 {
//       margin: -1px 0 0; padding: 0.75em 1.35em 0.75em 0; border-block: 1px solid;
//       font: 700 calc(1.125 * var(--hromada-font-size, 16px)) / 1.5 var(--hromada-font, system-ui, sans-serif);
//     }
//   }
//
// That is: "show all" a 44px block; each heading 1px lines (the shared one drawn
// once), 0.75em above and below, text 1.125em bold, leaving room for the chevron
// (0.6em, 0.75em from the text) at the end; closed panels take no height.
import { css } from 'lit';

export default css`
  /* Every button here reads as a control of the accent colour, the chevrons too (currentColor),
     each on a line of its own. */
  button {
    display: block;
    min-height: 44px;
    color: var(--_accent);
    cursor: pointer;
  }
  /* Each section's lines at top and bottom, the shared one drawn once. */
  [part='section'],
  .row {
    border-block: 1px solid var(--_border);
    margin-top: -1px;
  }
  /* Where "show all" will be. */
  .room {
    padding-top: 44px;
  }
  /* Not a flex row with the chevron: sizing the title as a flex item lays its text out
     twice (measured: a 50-section guide's layout took a sixth longer). */
  [aria-expanded],
  .row {
    position: relative;
    width: 100%;
    padding-block: 0.75em;
    padding-inline-end: 1.35em;
    font-size: 1.125em;
    font-weight: 700;
    text-align: start;
  }
  /* The chevron: a pseudo-element, so a section costs no extra nodes. */
  [aria-expanded]::after {
    content: '';
    position: absolute;
    inset-inline-end: 0;
    top: calc(50% - 0.3em);
    width: 0.6em;
    height: 0.6em;
    border: solid;
    border-width: 0 0.15em 0.15em 0;
    rotate: 45deg;
  }
  [aria-expanded='true']::after {
    rotate: -135deg;
  }
  /* The base hides [hidden] with display:none, which find-in-page cannot search;
     until-found keeps the box and hides only the content (panels use no other hidden). */
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
      content-visibility: visible;
    }
    [part='show-all'],
    [part='copy-link'],
    [aria-expanded]::after {
      display: none;
    }
  }
`;
