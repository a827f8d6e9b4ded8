// Styles of <hromada-guide>: a quiet accordion with large targets, visible focus,
// motion only when the reader allows it, and every section shown in print.
import { css } from 'lit';

export default css`
  button {
    min-height: 44px;
    border: 0;
    background: none;
    cursor: pointer;
  }
  /* "Show all" and "copy link" read as links: they act on the page, not on one heading. */
  .all,
  .copy {
    padding: 0.5em 0.25em;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .all {
    display: block;
    margin-inline-start: auto;
  }
  .copy {
    margin-bottom: 0.75em;
    font-size: 0.875em;
  }
  .section {
    border-bottom: 1px solid var(--_border);
  }
  .section:first-of-type {
    border-top: 1px solid var(--_border);
  }
  .heading {
    font-size: 1.125em;
    line-height: 1.35;
  }
  .trigger {
    display: flex;
    align-items: center;
    gap: 0.75em;
    width: 100%;
    padding: 0.75em 0.25em;
    font-weight: 700;
    text-align: start;
  }
  .trigger:hover {
    background: var(--_surface);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* The chevron: a pseudo-element, so a section costs no extra nodes. */
  .trigger::after {
    content: '';
    flex: none;
    width: 0.6em;
    height: 0.6em;
    margin-inline: auto 0.4em;
    border: solid var(--_accent);
    border-width: 0 0.15em 0.15em 0;
    transform: translateY(-25%) rotate(45deg);
  }
  [aria-expanded='true']::after {
    transform: translateY(25%) rotate(-135deg);
  }
  /* The shared reset hides [hidden] with display:none, which find-in-page cannot
     search; until-found keeps the box and lets the browser hide the content. */
  .panel[hidden='until-found'] {
    display: block !important;
    content-visibility: hidden;
  }
  .content {
    display: block;
    padding: 0 0.25em 0.5em;
  }
  .loading {
    margin: 0;
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: no-preference) {
    .trigger::after {
      transition: transform 0.2s;
    }
  }
  @media (forced-colors: active) {
    .trigger::after {
      border-color: ButtonText;
    }
  }
  @media print {
    .panel[hidden] {
      display: block !important;
      content-visibility: visible;
    }
    .all,
    .copy,
    .trigger::after {
      display: none;
    }
    .heading {
      break-after: avoid;
    }
  }
`;
