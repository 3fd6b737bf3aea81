/**
 * Whether the page shipped the widget's first paint in its HTML: a `.inn-prerendered` block as a child of the
 * element (written by `innsikt-feeds snippet`, src/charts/prerender.ts). Until the widget has its figures it shows
 * that block in its fallback slot, in the block's own height and without the grey loading box; then it draws itself
 * in the room the block took.
 */
export const PRERENDERED_CLASS = 'inn-prerendered';

export function hasPrerendered(host: Element): boolean {
  return host.querySelector(`:scope > .${PRERENDERED_CLASS}`) !== null;
}
