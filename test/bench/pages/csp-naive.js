// Plain vega-embed on a page under the strict policy: the five charts of the dashboard, each drawn on its own.
import { draw } from '/__bench/naive.js';
import { drawAll, loadCharts } from './naive-spec.js';

const bench = window.__bench;
try {
  const charts = await loadCharts();
  await drawAll(charts, document.getElementById('charts'), draw);
} catch (err) {
  bench.errors.push(String(err?.message ?? err));
}
bench.mark('done');
