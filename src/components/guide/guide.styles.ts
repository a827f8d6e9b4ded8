// Styles of <hromada-guide>: a quiet accordion with large targets, visible focus,
// motion only when the reader allows it, and every section shown in print.
import { css } from 'lit';

export default css`
  .all {
    display: block;
    margin: 0 0 0 auto;
    min-height: 44px;
    padding: 0.5em 0.25em;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .section {
    border-bottom: 1px solid var(--_border);
  }
  .section:first-of-type {
    border-top: 1px solid var(--_border);
  }
  .heading {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.35;
  }
  .trigger {
    display: flex;
    align-items: center;
    gap: 0.75em;
    width: 100%;
    min-height: 44px;
    padding: 0.75em 0.25em;
    border: 0;
    background: none;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
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
    margin-block: 0;
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
  .copy {
    min-height: 44px;
    margin: 0 0 0.75em;
    padding: 0.5em 0.25em;
    border: 0;
    background: none;
    color: var(--_accent);
    font-size: 0.875em;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .title {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    font-weight: 700;
  }
  .loading {
    margin: 0;
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: no-preference) {
    .trigger::after {
      transition: transform 0.2s ease;
    }
  }
  @media (forced-colors: active) {
    .trigger::after {
      border-color: ButtonText;
    }
    .all,
    .trigger,
    .copy {
      border: 0;
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
