import type { CSSResult } from 'lit';

/**
 * Adds a sheet to a shadow root once (a constructed style sheet, which a strict `style-src` allows; browsers without
 * constructable style sheets get a `<style>` element, as Lit itself falls back to). For the sheets that arrive after
 * the element's own: the map's and the sharing toolbar's, both from lazily loaded chunks.
 */
export function adoptStyles(root: ShadowRoot, styles: CSSResult, name: string): void {
  const sheet = styles.styleSheet;
  if (sheet) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  if (root.querySelector(`style[data-inn-${name}]`)) return;
  const style = document.createElement('style');
  style.setAttribute(`data-inn-${name}`, '');
  style.textContent = styles.cssText;
  root.append(style);
}
