import { PRERENDERED_CLASS } from '../charts/prerendered-class.js';

/**
 * Whether the page shipped the widget's first paint in its HTML: a `.inn-prerendered` block as a child of the
 * element (written by `innsikt-feeds snippet`, src/charts/prerender.ts), or projected into it through a `<slot>`
 * (a dashboard's widget showing the block the dashboard's HTML holds for it, prerender-dashboard.ts). Until the
 * widget has its figures it shows that block in its fallback slot, in the block's own height and without the grey
 * loading box; then it draws itself in the room the block took.
 */
export function hasPrerendered(host: Element): boolean {
  for (const child of host.children) {
    if (child.classList.contains(PRERENDERED_CLASS)) return true;
    if (child instanceof HTMLSlotElement && child.assignedElements().some((e) => e.classList.contains(PRERENDERED_CLASS))) return true;
  }
  return false;
}

/**
 * Whether the page's HTML holds a pre-rendered chart (of an `<inn-indicator>` showing a chart, or of a dashboard):
 * its first paint is on screen already, so the chart runtime may load at once, alongside everything else.
 */
export function hasPrerenderedChart(doc: Document): boolean {
  const block = `.${PRERENDERED_CLASS}`;
  return doc.querySelector(`inn-indicator:not([view]) > ${block}, inn-indicator[view="chart"] > ${block}, inn-dashboard > ${block}[slot^="chart-"]`) !== null;
}
