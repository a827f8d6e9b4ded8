// The hotline banner: name, a large tap-to-call number, status, hours and actions.
// The copy button borrows the retry button's look (feed-status.styles.ts).
import { css } from 'lit';

export default css`
  .banner {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em var(--_space);
    padding: 0.75em var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
    border-inline-start: 0.375em solid var(--_accent);
  }
  .banner + .banner {
    margin-top: 0.75em;
  }
  .urgent {
    border: 2px solid var(--_danger);
    border-inline-start-width: 0.5em;
  }
  [aria-busy] {
    min-height: 5.5em;
  }
  .label {
    flex: 1 0 100%;
    margin: 0;
    padding-inline-end: 2.75em;
    font-size: 1em;
  }
  .phone {
    font-size: 1.5em;
    font-weight: 700;
    white-space: nowrap;
  }
  .banner p {
    margin: 0;
  }
  .status {
    font-weight: 600;
  }
  .status::before {
    content: '';
    display: inline-block;
    width: 0.625em;
    height: 0.625em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    border: 2px solid var(--_muted);
  }
  .open::before {
    border-color: var(--_success);
    background: var(--_success);
  }
  .hours {
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em var(--_space);
  }
  .phone,
  .actions > a,
  .close {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 44px;
    min-height: 44px;
  }
  .close {
    position: absolute;
    top: 0.25em;
    inset-inline-end: 0.25em;
    border: 0;
    background: none;
    font-size: 1.25em;
    cursor: pointer;
  }
  @media (forced-colors: active) {
    .banner {
      border: 1px solid;
    }
    .open::before {
      background: CanvasText;
    }
  }
  @media print {
    .actions,
    .close {
      display: none;
    }
  }
`;
