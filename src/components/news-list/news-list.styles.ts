// Styles of <hromada-news-list>: items of one shape, so the skeleton and the
// content it stands for take the same room, and images that never shift the text.
import { css } from 'lit';

export default css`
  .heading {
    margin: 0 0 0.5em;
    font-size: 1.375em;
    line-height: 1.25;
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    gap: 0.25em var(--_space);
    padding: calc(var(--_space) * 0.75) 0;
    border-block-end: 1px solid var(--_border);
  }
  .has-image,
  .skeleton {
    grid-template-columns: var(--hromada-news-image-width, min(30%, 10em)) minmax(0, 1fr);
    /* The text beside an image is at least as tall as the image. */
    min-height: 7.5em;
  }
  .has-image > :not(.image),
  .skeleton > :not(.image) {
    grid-column: 2;
  }
  .image {
    grid-column: 1;
    grid-row: 1 / span 6;
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
  }
  .item:focus {
    outline: none;
  }
  .item:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 600;
    line-height: 1.3;
  }
  .title a {
    /* A comfortable target: the whole title line, not just the glyphs. */
    display: inline-block;
    min-height: 24px;
  }
  .meta {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .source::before {
    content: ' · ';
  }
  .summary {
    margin: 0;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }
  .full-text summary {
    display: inline-block;
    min-height: 24px;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .full-text summary::-webkit-details-marker {
    display: none;
  }
  .full-text > :not(summary) {
    margin: 0.5em 0 0;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin: 0.25em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
  }
  .tag {
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    color: var(--_text);
  }
  .bone {
    display: block;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
  }
  /* Each bone as tall as the line it stands for, in that line's own font size. */
  .title.bone {
    height: 1.3em;
    width: 80%;
  }
  .meta.bone {
    height: 1.5em;
    width: 30%;
  }
  .summary.bone {
    height: 4.5em;
  }
  .tags.bone {
    height: 1.65em;
    width: 40%;
  }
  .more-space {
    height: calc(var(--_space) + 44px);
  }
  .empty {
    margin: 0 0 0.5em;
    color: var(--_muted);
  }
  .more,
  .widen {
    margin-block-start: var(--_space);
    min-height: 44px;
    padding: 0.5em 1.25em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
  }
  .more[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  @media (prefers-reduced-motion: no-preference) {
    .bone {
      animation: pulse 1.5s ease-in-out infinite;
    }
    @keyframes pulse {
      50% {
        opacity: 0.5;
      }
    }
  }
  @media (forced-colors: active) {
    .bone,
    .tag {
      border: 1px solid CanvasText;
    }
    .full-text summary {
      color: LinkText;
    }
  }
`;
