// <hromada-video>: a card whose frame keeps its 16:9 (or 9:16) space from the
// first paint to the playing player, so nothing below it ever moves. Without a
// poster the title sits at the top and the play button at the bottom, never overlapping.
// (Comments stay out of the css`` literal: the build keeps whatever is inside it.)
import { css } from 'lit';

export default css`
  .card {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    justify-items: start;
  }

  .frame {
    position: relative;
    justify-self: stretch;
    aspect-ratio: 16 / 9;
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  :host([aspect='portrait']) .frame {
    aspect-ratio: 9 / 16;
    justify-self: center;
    width: min(100%, 24em);
  }

  .poster,
  .placeholder,
  .play,
  .player,
  .message {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    border: 0;
  }

  .poster {
    object-fit: cover;
  }

  .placeholder {
    padding: var(--_space);
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }

  .placeholder span {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }

  .placeholder + .play {
    place-items: end start;
    padding: var(--_space);
  }

  .play {
    display: grid;
    place-items: center;
    padding: 0;
    background: transparent;
    cursor: pointer;
  }

  .play:focus-visible {
    outline-offset: -3px;
    box-shadow: inset 0 0 0 6px var(--_text);
  }

  .icon {
    width: 4em;
    height: 4em;
    fill: rgb(0 0 0 / 0.75);
  }

  .icon path {
    fill: #fff;
  }

  .play:hover .icon,
  .play:focus-visible .icon {
    fill: var(--_focus);
  }

  .play:hover .icon path,
  .play:focus-visible .icon path {
    fill: #000;
  }

  .duration {
    position: absolute;
    inset-block-end: 0.5em;
    inset-inline-end: 0.5em;
    padding: 0 0.375em;
    border-radius: 0.25em;
    background: rgb(0 0 0 / 0.8);
    color: #fff;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
    pointer-events: none;
  }

  .player {
    display: block;
    background: #000;
  }

  .message {
    display: grid;
    place-items: center;
    padding: var(--_space);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    text-align: center;
  }

  .title {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }

  .description {
    margin: 0;
    white-space: pre-line;
  }

  .more {
    min-height: 2.75em;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  .watch {
    display: inline-block;
    padding-block: 0.25em;
  }

  @media (prefers-reduced-motion: no-preference) {
    .icon {
      transition: transform 0.15s ease-out;
    }
    .play:hover .icon,
    .play:focus-visible .icon {
      transform: scale(1.1);
    }
  }

  @media (forced-colors: active) {
    .icon {
      fill: ButtonText;
    }
    .icon path,
    .play:hover .icon path,
    .play:focus-visible .icon path {
      fill: ButtonFace;
    }
    .play:hover .icon,
    .play:focus-visible .icon {
      fill: Highlight;
    }
    .placeholder,
    .duration {
      border: 1px solid CanvasText;
    }
    .more {
      color: LinkText;
      border: 0;
    }
  }
`;
