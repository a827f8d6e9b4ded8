// The base class of every hromada-* element: shared styles, live localization,
// and a typed emit() for the hromada-* events.
import { LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import baseStyles from './base.styles.js';
import { startLocaleFollowing } from '../i18n/localization.js';

/** The names of the events the widgets fire (declared under src/events/). */
export type HromadaEventName = Extract<keyof GlobalEventHandlersEventMap, `hromada-${string}`>;

/** The `detail` of a hromada-* event, read from its declaration. */
export type HromadaEventDetail<K extends HromadaEventName> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * A boolean attribute's converter: present is true, as in HTML, except the value "false", which is
 * what Vue and Svelte write for a false binding on an attribute (`:dismissible="false"`).
 */
export const toBoolean = (value: string | null): boolean => value != null && value != 'false';

export class HromadaElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  constructor() {
    super();
    // Not the @localized() decorator: elements upgraded from markup that was in
    // the page before the script ran must follow language changes too.
    updateWhenLocaleChanges(this);
    startLocaleFollowing();
  }

  // The live region's message as a function, not a string: a language change while it is on
  // screen says it again in the new language (SPEC §5).
  private said?: () => string;

  /** Writes a message into the live region `#live`; none empties it, so that the same message is announced again. */
  protected say(text?: () => string): void {
    this.said = text;
    const live = this.renderRoot.querySelector('#live');
    const value = text?.() ?? '';
    // Only a change: a re-render must not announce the message again.
    if (live && live.textContent != value) live.textContent = value;
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    // Only while a message is shown: most updates (a news list's render) have none to say again.
    if (this.said) this.say(this.said);
  }

  /** Dispatches a bubbling, composed hromada-* event; returns false if a listener cancelled it. */
  protected emit<K extends HromadaEventName>(
    type: K,
    detail: HromadaEventDetail<K>,
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, ...options }));
  }
}
