/**
 * The drop-in bundle: `<script type="module" src="…/innsikt.js"></script>` registers <inn-indicator> and
 * <inn-dashboard> (and <inn-profile>, loaded when the page has one). The chart runtime (Vega) is loaded in its own chunk: for a bar chart once its first paint is on screen, for
 * other charts when they come near the viewport.
 */
import './components/inn-indicator/define.js';
import './components/inn-dashboard/define.js';
import { whenUsed } from './components/when-used.js';

// <inn-profile> is a page of its own: its code loads when the element appears, not with every widget.
whenUsed('inn-profile', () => import('./components/inn-profile/define.js'));

export { InnIndicator } from './components/inn-indicator/inn-indicator.js';
export { InnDashboard } from './components/inn-dashboard/inn-dashboard.js';
export type { InnProfile } from './components/inn-profile/inn-profile.js';
export { InnReadyEvent, InnErrorEvent, InnSelectEvent } from './components/events.js';
export { sharedLoader } from './data/loader.js';
