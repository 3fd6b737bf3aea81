// The naive dashboard: one bundle with lit + vega-embed (vega-lite + vega), the data fetched once, a row of key
// figures, then the five charts compiled from Vega-Lite and drawn by vega-embed.
import { draw } from '/__bench/naive.js';
import { drawAll, loadCharts } from './naive-spec.js';

const bench = window.__bench;
const charts = await loadCharts();
const kpis = document.getElementById('kpis');
for (const chart of charts) {
  const p = document.createElement('p');
  p.className = 'kpi';
  p.textContent = `${chart.title}: ${chart.kpi}`;
  kpis.append(p);
}
bench.mark('kpi');
await drawAll(charts, document.getElementById('charts'), draw);
bench.mark('done');
