import { css } from 'lit';

export default css`
  .banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
    border-inline-start: 0.375em solid var(--_accent);
  }

  .label {
    margin: 0;
    font-size: 1em;
    font-weight: 700;
  }

  .phone {
    font-size: 1.25em;
    font-weight: 700;
    white-space: nowrap;
  }

  .hours {
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .banner {
      border: 1px solid CanvasText;
    }
  }
`;
