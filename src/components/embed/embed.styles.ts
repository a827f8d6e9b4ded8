// The embed's grid: one column on a phone; on a wide screen the hotlines across
// the top, the news on the left, the guides and videos beside it.
import { css } from 'lit';

export default css`
  :host {
    container-type: inline-size;
  }
  /* While the feed loads: the space the parts will take, at least a screen. */
  [aria-busy] {
    min-height: 100vh;
    margin: 0;
  }
  .layout,
  .layout div {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    align-content: start;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 var(--_space);
    font-size: 1.375em;
    line-height: 1.25;
  }
  /* Said once, by the embed itself. */
  *::part(stale) {
    display: none;
  }
  @container (min-width: 40em) {
    [part='videos'] > div {
      grid-template-columns: 1fr 1fr;
    }
  }
  @container (min-width: 60em) {
    .wide {
      grid-template-columns: 3fr 2fr;
    }
    .wide > hromada-hotline {
      grid-column: 1 / -1;
    }
    .wide [part='videos'] > div {
      grid-template-columns: 1fr;
    }
  }
`;
