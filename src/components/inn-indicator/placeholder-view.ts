import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../data/types.js';
import { t } from '../../indicators/messages/element-text.js';
import { hasPrerendered } from '../prerendered.js';

/**
 * The loading state of `el`: the view's height reserved, with a status for screen readers; after a while (`slow`:
 * the feed controller's `slowLoad`) a grey box that starts to pulse half a second later, unless the page gave a
 * pre-rendered first paint. `alone`: the whole widget is waiting (the first load), the box is its `base` part.
 * `inBody`: only the view is waiting (for the map's chunk), inside a widget already drawn: no fallback content then.
 */
export function renderLoadingBox(el: HTMLElement & { view: string }, lang: Lang, slow: boolean, alone: boolean, inBody: boolean): TemplateResult {
  const prerendered = !inBody && hasPrerendered(el);
  return html`<div
    part=${alone ? 'base' : nothing}
    class="state loading ${alone ? 'whole ' : ''}${prerendered ? 'prerendered ' : slow ? 'skeleton ' : ''}skeleton-${el.view}"
    role="status"
    aria-busy=${alone ? 'true' : nothing}
  >
    <span class="visually-hidden">${t(lang, 'loading')}</span>
    ${inBody ? nothing : html`<slot></slot>`}
  </div>`;
}

/** A widget given neither `src` nor `data`: says so, and keeps the page's fallback content. */
export function renderNoSource(lang: Lang): TemplateResult {
  return html`<div class="state empty">
    <p>${t(lang, 'noSource')}</p>
    <slot></slot>
  </div>`;
}

/** A selection with no figures ("Ingen tall for Lesja."). */
export function renderEmptySelection(text: string): TemplateResult {
  return html`<div class="state empty" role="status"><p>${text}</p></div>`;
}
