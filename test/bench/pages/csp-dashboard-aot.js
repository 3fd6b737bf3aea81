// Baseline (c): (b) in vega-embed's documented CSP mode, served with the strict policy (the page's name starts with
// csp-): expressions as syntax trees read by vega-interpreter (`ast: true`), no injected <style> (`defaultStyle:
// false`, the tooltip handler's `disableDefaultStyle: true`).
import { drawDashboard } from './aot-dashboard.js';

await drawDashboard({ ast: true, defaultStyle: false, tooltip: { disableDefaultStyle: true } });
