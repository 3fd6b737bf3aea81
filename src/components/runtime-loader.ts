import { lazyModule } from '../data/lazy-module.js';

export type ViewRuntime = typeof import('./view-runtime.js');

// The lazily loaded runtimes of the widgets, each started once per page (lazy-module.ts has the retry rule).
const view = lazyModule(() => import('./view-runtime.js'));
const map = lazyModule(() => import('./map-runtime.js'));
const chart = lazyModule(() => import('../charts/render.js'));

/** The view runtime once it has arrived. */
export const viewRuntime = view.get;
/** Starts (once per page) and awaits the view runtime chunk. */
export const loadViewRuntime = view.load;
/** The map view's chunk once it has arrived. */
export const mapRuntime = map.get;
/** Starts (once per page) and awaits the map view's chunk: only widgets that show a map ask for it. */
export const loadMapRuntime = map.load;
/** The Vega chart runtime once it has arrived. */
export const chartRuntime = chart.get;
/** Starts (once per page) and awaits the Vega chart runtime: only when a chart is about to be seen. */
export const loadChartRuntime = chart.load;
