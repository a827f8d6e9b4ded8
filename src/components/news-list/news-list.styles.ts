// Styles of <hromada-news-list>: the skeleton is the item template with blank
// lines, so it takes the room of what replaces it; images keep a 16:9 box.
import { css } from 'lit';

export default css`
  #heading {
    margin: 0 0 0.5em;
    font-size: 1.375em;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: flow-root;
    padding: 0.75em 0;
    border-bottom: 1px solid var(--_border);
  }
  .item > * {
    margin: 0 0 0.25em;
  }
  .image {
    float: left;
    width: var(--hromada-news-image-width, min(30%, 10em));
    height: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    margin-right: var(--_space);
    background: var(--_surface);
  }
  .title {
    font-size: 1.125em;
    font-weight: 600;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .source::before {
    content: ' · ';
  }
  .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  summary {
    color: var(--_accent);
    cursor: pointer;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    font-size: 0.8125em;
  }
  .tag {
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: 1em;
  }
  .skeleton > * {
    color: transparent;
    background: var(--_surface);
  }
  .gap {
    height: calc(var(--_space) + 44px);
  }
  .more {
    margin-top: var(--_space);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: pulse 1.5s infinite;
    }
    @keyframes pulse {
      50% {
        opacity: 0.5;
      }
    }
  }
`;
