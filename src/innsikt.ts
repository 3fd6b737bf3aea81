/**
 * The drop-in bundle: `<script type="module" src="…/innsikt.js"></script>` registers <inn-indicator> and
 * <inn-dashboard>. The chart runtime (Vega) is loaded in its own chunk: for a bar chart once its first paint is on screen, for
 * other charts when they come near the viewport.
 */
import './components/inn-indicator/define.js';
import './components/inn-dashboard/define.js';

export { InnIndicator } from './components/inn-indicator/inn-indicator.js';
export { InnDashboard } from './components/inn-dashboard/inn-dashboard.js';
export { InnReadyEvent, InnErrorEvent, InnSelectEvent } from './components/events.js';
export { sharedLoader } from './data/loader.js';
