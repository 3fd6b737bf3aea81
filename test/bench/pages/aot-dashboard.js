// The fair baseline's dashboard (figures 6 and 7): the bundle without Vega-Lite (/__bench/aot.js), the five charts'
// Vega specs compiled ahead of time by run.mjs (/__bench/vega-specs.json: the naive charts of naive-spec.js, the
// same rows), a row of key figures, then the five charts drawn by vega-embed in `mode: 'vega'`.
import { draw } from '/__bench/aot.js';

/** Draws the dashboard with these vega-embed options (added to `{ actions: false, mode: 'vega' }`). */
export async function drawDashboard(options = {}) {
  const bench = window.__bench;
  try {
    const res = await fetch('/__bench/vega-specs.json');
    if (!res.ok) throw new Error(`vega-specs.json: HTTP ${res.status}`);
    const charts = await res.json();
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
          await draw(host, chart.spec, { actions: false, mode: 'vega', ...options });
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
}
