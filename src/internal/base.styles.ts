// The reset and theme tokens every element starts from, with explicit
// typographic baselines so that a host page's stylesheet cannot bend the widget.
import { css } from 'lit';

export default css`
  :host {
    /* Public theme tokens (documented in the README): --hromada-accent,
       --hromada-text, --hromada-muted, --hromada-background, --hromada-surface,
       --hromada-border, --hromada-focus, --hromada-danger, --hromada-font,
       --hromada-font-size, --hromada-radius, --hromada-spacing. Internal
       --_ names resolve them once, with a light and a dark default. */
    --_accent: var(--hromada-accent, #0057b8);
    --_on-accent: var(--hromada-on-accent, #ffffff);
    --_text: var(--hromada-text, #1b1f24);
    --_muted: var(--hromada-muted, #545b64);
    --_background: var(--hromada-background, transparent);
    --_surface: var(--hromada-surface, #f3f5f8);
    --_border: var(--hromada-border, #808994);
    --_focus: var(--hromada-focus, #ffbf00);
    --_danger: var(--hromada-danger, #b3261e);
    --_success: var(--hromada-success, #1e7a34);
    --_radius: var(--hromada-radius, 0.5em);
    --_space: var(--hromada-spacing, 1em);

    display: block;
    box-sizing: border-box;
  }

  /* The typographic baseline sits on the shadow root's own children, not on
     :host: a page rule such as \`body * { all: unset }\` beats :host rules, but
     cannot reach inside the shadow tree. */
  :host > * {
    color: var(--_text);
    background: var(--_background);
    /* The shorthand also resets style, weight, variant and line height. */
    font: 400 var(--hromada-font-size, 16px) / 1.5 var(--hromada-font, system-ui, sans-serif);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    overflow-wrap: anywhere;
  }

  /* The dark defaults where the page itself is dark (its color-scheme, e.g. "light dark"
     for a reader who prefers dark), not wherever the reader prefers dark: most host pages
     stay white, where light text would vanish, and a guide's slotted content follows the page. */
  @supports (color: light-dark(red, red)) {
    :host {
      --_accent: var(--hromada-accent, light-dark(#0057b8, #8ab8ff));
      --_on-accent: var(--hromada-on-accent, light-dark(#ffffff, #0b1320));
      --_text: var(--hromada-text, light-dark(#1b1f24, #e8eaed));
      --_muted: var(--hromada-muted, light-dark(#545b64, #b4bac2));
      --_surface: var(--hromada-surface, light-dark(#f3f5f8, #1f242b));
      --_border: var(--hromada-border, light-dark(#808994, #7c8591));
      --_danger: var(--hromada-danger, light-dark(#b3261e, #ffb4ab));
      --_success: var(--hromada-success, light-dark(#1e7a34, #8fd9a0));
    }
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  /* Form controls as text: each element gives its own their borders and padding. */
  button,
  input {
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    letter-spacing: inherit;
    color: inherit;
  }

  /* GOV.UK's pair: a yellow ring and a dark one inside it, so that one of them stands out on any
     background, a poster's too. Dark in a dark scheme as well: a light text colour there left both light. */
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px #1b1f24;
  }

  /* No !important needed: a host page's styles cannot reach into the shadow tree. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* A feed element keeps the room of its loading placeholders under what replaced them
     (.over: both in one grid cell, the room unseen), so that nothing after it moves up (SPEC §6). */
  .over {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
  }
  .over > * {
    grid-area: 1 / 1;
  }
  .room {
    visibility: hidden;
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
    /* :host for weight: elements' own border: 0 (text-like buttons) must not win here. */
    :host button {
      border: 1px solid ButtonText;
    }
  }

  @media print {
    :host {
      color: #000;
      background: none;
    }
    /* Nothing moves on paper: a kept room would print as blank, up to a page under a short news list.
       Two classes: an element's own display for its room's class (the hotline's .banner) must not win. */
    .over > .room {
      display: none;
    }
  }
`;
