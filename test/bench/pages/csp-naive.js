// Plain vega-embed on a page under the strict policy: the five charts of the dashboard, each drawn on its own.
import { draw } from '/__bench/naive.js';
import { barSpec, loadCharts } from './naive-spec.js';

const bench = window.__bench;
try {
  const charts = await loadCharts();
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
        bench.errors.push(`${err?.name ?? 'Error'}: ${err?.message ?? err}`);
      }
    }),
  );
} catch (err) {
  bench.errors.push(String(err?.message ?? err));
}
bench.mark('done');
