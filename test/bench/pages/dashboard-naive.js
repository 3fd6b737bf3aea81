// The naive dashboard: one bundle with lit + vega-embed (vega-lite + vega), the data fetched once, a row of key
// figures, then the five charts compiled from Vega-Lite and drawn by vega-embed.
import { draw } from '/__bench/naive.js';
import { barSpec, loadCharts } from './naive-spec.js';

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
const area = document.getElementById('charts');
await Promise.all(
  charts.map(async (chart) => {
    const host = document.createElement('div');
    host.className = 'vis';
    area.append(host);
    try {
      await draw(host, barSpec(chart));
      bench.mark('chart', { indicator: chart.indicator });
    } catch (err) {
      bench.errors.push(String(err?.message ?? err));
    }
  }),
);
bench.mark('done');
