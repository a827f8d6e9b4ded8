// The hotline banner: name, a large tap-to-call number, status, hours and actions.
import { css } from 'lit';

export default css`
  .banner {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
    border-inline-start: 0.375em solid var(--_accent);
  }

  .banner + .banner {
    margin-top: calc(var(--_space) * 0.75);
  }

  .banner.urgent {
    border: 2px solid var(--_danger);
    border-inline-start-width: 0.5em;
  }

  .loading {
    min-height: 5.5em;
  }

  .label {
    flex: 1 0 100%;
    margin: 0;
    padding-inline-end: 2.75em;
    font-size: 1em;
    font-weight: 700;
  }

  .phone {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    font-size: 1.5em;
    font-weight: 700;
    white-space: nowrap;
  }

  .status,
  .hours {
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

  .status.open::before {
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

  .zoom,
  .copy,
  .close {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 44px;
    min-height: 44px;
  }

  .copy,
  .close {
    padding: 0.25em 0.875em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
  }

  .close {
    position: absolute;
    top: 0.25em;
    inset-inline-end: 0.25em;
    padding: 0;
    border-color: transparent;
    color: var(--_text);
    font-size: 1.25em;
    line-height: 1;
  }

  @media (forced-colors: active) {
    .banner {
      border: 1px solid CanvasText;
    }
    .status.open::before {
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
