import { css } from 'lit';

export default css`
  :host {
    container-type: inline-size;
  }

  .layout {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'hotlines' 'news' 'guides' 'videos';
  }

  .hotlines {
    grid-area: hotlines;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .news {
    grid-area: news;
    display: grid;
    gap: var(--_space);
    align-content: start;
  }
  .guides {
    grid-area: guides;
  }
  .videos {
    grid-area: videos;
  }

  .section-heading {
    margin: 0 0 0.5em;
    font-size: 1.375em;
    line-height: 1.25;
  }

  .video-grid {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
  }

  .guide + .guide {
    margin-top: calc(var(--_space) * 1.5);
  }

  .placeholder {
    min-height: 12em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* Wide: news beside the guides and videos, hotlines across the top. */
  @container (min-width: 60em) {
    .layout.has-news.has-aside {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      grid-template-areas:
        'hotlines hotlines'
        'news guides'
        'news videos';
      align-items: start;
    }
    .layout.has-news.has-aside .video-grid {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
