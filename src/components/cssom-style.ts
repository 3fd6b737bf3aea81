import { noChange, type AttributePart } from 'lit';
import { Directive, directive } from 'lit/directive.js';

/**
 * Like Lit's `styleMap`, but always through the CSSOM (`element.style.setProperty`), never by writing a `style`
 * attribute: Lit's `styleMap` writes the attribute on first render, which a strict Content-Security-Policy
 * (`style-src 'self'`, no 'unsafe-inline') blocks. CSSOM writes are allowed. Use it only as `style=${…}`.
 */
/** camelCase → kebab-case; custom properties (--x) pass through. */
const cssName = (name: string): string => (name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

class CssomStyle extends Directive {
  private previous = new Set<string>();

  render(_styles: Record<string, string | undefined>): symbol {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [Record<string, string | undefined>]): symbol {
    const style = (part.element as HTMLElement).style;
    // removeProperty takes the CSS name (min-height), not the camelCase key (minHeight).
    for (const name of this.previous) if (styles[name] === undefined) style.removeProperty(cssName(name));
    this.previous = new Set();
    for (const [name, value] of Object.entries(styles)) {
      if (value === undefined) continue;
      style.setProperty(cssName(name), value);
      this.previous.add(name);
    }
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyle);
