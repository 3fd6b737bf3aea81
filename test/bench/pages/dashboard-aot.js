// Baseline (b): vega-embed with Vega specs compiled ahead of time and a bundle without Vega-Lite, its defaults.
import { drawDashboard } from './aot-dashboard.js';

await drawDashboard();
