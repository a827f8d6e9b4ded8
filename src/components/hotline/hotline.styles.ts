// The hotline banner: name, a large tap-to-call number, status, hours and actions.
// The copy button borrows the retry button's look (feed-status.styles.ts).
import { css } from 'lit';

export default css`
  .banner {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em var(--_space);
    padding: 0.75em var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
    border-inline-start: 0.375em solid var(--_accent);
  }
  section + section {
    margin-top: 0.75em;
  }
  .urgent {
    border: 2px solid var(--_danger);
    border-inline-start-width: 0.5em;
  }
  /* While loading, the banner fills the room of a typical one (.room, below). */
  [aria-busy] {
    align-self: stretch;
  }
  /* Padding, not margin, keeps the close button's room: a margin beside a 100% basis overflows under it. */
  .label {
    flex: 1 0 100%;
    margin: 0;
    padding-inline-end: 2.75em;
    font-size: 1em;
  }
  .phone {
    font-size: 1.5em;
    font-weight: 700;
  }
  p {
    margin: 0;
  }
  /* Narrow, "Зачинено · відкриється завтра о 09:00" takes two lines where "Працює зараз · до 20:00"
     takes one: both keep two, so that the banner does not grow at closing time under the reader's eyes. */
  .status {
    font-weight: 600;
    min-height: 2lh;
  }
  /* Shape as well as colour; the alt text after / keeps screen readers quiet. */
  .status::before {
    content: '○ ' / '';
  }
  .open::before {
    content: '● ' / '';
    color: var(--_success);
  }
  .hours {
    color: var(--_muted);
  }
  /* Where the number, hours and actions share a row: the status last, on a row of its own, though
     read right after the number. Beside them it pushed them to a new row or not by its text, so the
     banner's height changed with the time of day ("Працює зараз · до 20:00", "Зачинено ·
     відкриється завтра о 09:00"), and no page could reserve it. Not focusable: the focus order
     is the visual one. */
  @media (min-width: 31em) {
    .status {
      order: 1;
      flex-basis: 100%;
      min-height: 0;
    }
  }
  a,
  .close,
  .room span {
    display: inline-flex;
    align-items: center;
    min-width: 44px;
    min-height: 44px;
    margin-inline-end: 1em;
  }
  .close {
    position: absolute;
    top: 0;
    inset-inline-end: 0;
    margin: 0;
    font-size: 1.25em;
  }
  @media (forced-colors: active) {
    .banner {
      border: 1px solid;
    }
  }
  @media print {
    [part='actions'],
    .close {
      display: none;
    }
  }
`;
