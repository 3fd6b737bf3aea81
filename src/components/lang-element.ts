import { LitElement } from 'lit';
import type { Lang } from '../data/types.js';
import { resolveLang } from './lang.js';

/**
 * The base of Innsikt's elements: their interface language follows `lang` (their own or an ancestor's).
 * @internal
 */
export class LangElement extends LitElement {
  /** The language of the element's texts: its own `lang`, else the nearest ancestor's, else bokmål. */
  protected get uiLang(): Lang {
    return resolveLang(this);
  }

  // `lang` is a global HTML attribute, not a Lit property: watch it so that a language switch re-renders.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }
}
