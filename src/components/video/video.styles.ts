// <hromada-video>: a card whose frame keeps its 16:9 (or 9:16) space from the
// first paint to the playing player, so nothing below it ever moves. Without a
// poster the title (three lines at most) sits at the top on the frame's accent
// colour and the play button at the bottom. The play icon is the button's ::before,
// not an <svg>: three elements fewer per card; forced colours leave it as drawn. The frame
// does not clip (its children round their own corners), so focus rings show whole.
// The card is block flow, not a flex column: a column that shrink-wraps its items
// sizes each one's text twice (≈ 0.4 ms of layout for 20 cards); its spacing rule
// comes after the title's and description's `margin: 0`, which it must override.
// (Comments stay out of the css`` literal: the build keeps whatever is inside it.)
import { css } from 'lit';

export default css`
  .frame {
    position: relative;
    aspect-ratio: 16/9;
    border-radius: var(--_radius);
    background: var(--_accent);
  }
  :host([aspect='portrait']) .frame {
    aspect-ratio: 9/16;
    margin-inline: auto;
    width: min(100%, 24em);
  }
  .frame > * {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    border: 0;
    border-radius: inherit;
    background: none;
    object-fit: cover;
  }
  [part='duration'] {
    inset: auto 0.5em 0.5em auto;
    width: auto;
    height: auto;
    padding: 0 0.4em;
    background: #000c;
    color: #fff;
  }
  .placeholder,
  .message,
  .play {
    padding: var(--_space);
    overflow: hidden;
  }
  .placeholder {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    height: auto;
    bottom: auto;
    padding-bottom: 0;
  }
  .placeholder,
  .message {
    color: var(--_on-accent);
  }
  .placeholder,
  [part='title'],
  .t {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .play {
    display: grid;
    place-items: center;
    cursor: pointer;
  }
  .placeholder ~ .play {
    place-items: end start;
  }
  .play::before {
    content: '';
    width: 4em;
    height: 4em;
    border-radius: 50%;
    background: conic-gradient(at 100% 50%, #0000 240deg, #fff 0 300deg, #0000 0) 1.5em 1.15em / 1.5em 1.7em no-repeat #000b;
    forced-color-adjust: none;
  }
  [part='description'],
  .d {
    margin: 0;
    white-space: pre-line;
  }
  [part='card'] > * + *,
  .tail > * + * {
    margin-top: 0.5em;
  }
  [part='more-button'],
  [part='watch-link'] {
    display: block;
    width: fit-content;
  }
  [part='more-button'] {
    color: var(--_accent);
    text-decoration: underline;
  }
`;
