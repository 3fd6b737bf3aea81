/**
 * The drop-in bundle: `<script type="module" src="…/innsikt.js"></script>` registers <inn-indicator>, and
 * <inn-dashboard> and <inn-profile> once the page has one (each loaded then). The chart runtime (Vega) is loaded in its own chunk: for a bar chart once its first paint is on screen, for
 * other charts when they come near the viewport.
 */
import './components/inn-indicator/define.js';
import { whenUsed } from './components/when-used.js';
import { loadChartRuntime, loadViewRuntime } from './components/runtime-loader.js';
import { hasPrerenderedChart } from './components/prerendered.js';
import { prefetchFeeds } from './components/prefetch-feeds.js';

// <inn-profile> is a page of its own: its code loads when the element appears, not with every widget.
whenUsed('inn-profile', () => import('./components/inn-profile/define.js'));
// So is <inn-dashboard> (a quarter of the initial module): its chunk loads when one appears, with the view runtime
// it needs alongside (not after it), so that a dashboard page waits no longer for its figures.
// Its feeds are asked for here too, before its chunk has arrived: the dashboard's own load joins the download (and
// the parse) under way instead of starting it one round trip later.
whenUsed('inn-dashboard', () => {
  for (const dashboard of document.getElementsByTagName('inn-dashboard')) prefetchFeeds(dashboard.getAttribute('src'));
  return Promise.all([import('./components/inn-dashboard/define.js'), loadViewRuntime()]);
});

// A page whose HTML already shows its charts (innsikt-feeds snippet) has no first paint to wait for: the chart
// runtime downloads now, in parallel with the feeds and the view runtime, not after them.
if (typeof document !== 'undefined' && hasPrerenderedChart(document)) loadChartRuntime().catch(() => undefined);

export { InnIndicator } from './components/inn-indicator/inn-indicator.js';
export type { InnDashboard } from './components/inn-dashboard/inn-dashboard.js';
export type { InnProfile } from './components/inn-profile/inn-profile.js';
export { InnReadyEvent, InnErrorEvent, InnSelectEvent } from './components/events.js';
export { sharedLoader } from './data/loader.js';
