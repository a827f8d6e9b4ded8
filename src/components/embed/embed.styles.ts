import { css } from 'lit';

export default css`
  :host {
    container-type: inline-size;
  }
  .layout,
  .videos > div {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .layout > *,
  .videos > div {
    display: grid;
    gap: var(--_space);
    align-content: start;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.25;
  }
  @container (min-width: 40em) {
    .videos > div {
      grid-template-columns: 1fr 1fr;
    }
  }
  /* Wide: the news beside the guides and videos, the hotlines across the top. */
  @container (min-width: 60em) {
    .wide {
      grid-template-columns: 3fr 2fr;
    }
    .wide .hotlines {
      grid-column: 1 / -1;
    }
    .wide .news {
      grid-row: span 2;
    }
    .wide .videos > div {
      grid-template-columns: 1fr;
    }
  }
`;
