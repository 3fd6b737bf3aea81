/**
 * The drop-in bundle: `<script type="module" src="…/innsikt.js"></script>` registers <inn-indicator> and
 * <inn-dashboard>. The chart runtime (Vega) is loaded in its own chunk when a chart is about to be seen.
 */
import './components/inn-indicator/define.js';
import './components/inn-dashboard/define.js';

export { InnIndicator } from './components/inn-indicator/inn-indicator.js';
export { InnDashboard } from './components/inn-dashboard/inn-dashboard.js';
export { InnReadyEvent, InnErrorEvent, InnSelectEvent } from './components/events.js';
export { sharedLoader } from './data/loader.js';
