// The naive baseline's chart: a simple Vega-Lite bar chart of the same rows our chart of the indicator draws
// (read from our drawn charts by run.mjs and served as /__bench/rows.json). Compiled in the browser by vega-lite.
export function barSpec(chart, width = 560, { zoom = false } = {}) {
  const rows = chart.rows.filter((r) => r.value !== null);
  const series = rows.some((r) => r.series);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: chart.title,
    width,
    data: { values: rows },
    mark: { type: 'bar', tooltip: true },
    // `zoom`: pan and zoom on the value axis, as many interactive Vega-Lite charts have (the interval selection
    // listens on `window` while dragging, so a view that is never finalized stays reachable from window).
    ...(zoom ? { params: [{ name: 'zoom', select: { type: 'interval', encodings: ['x'] }, bind: 'scales' }] } : {}),
    encoding: {
      y: { field: 'cat', type: 'nominal', sort: null, title: null },
      x: { field: 'value', type: 'quantitative', title: null },
      ...(series ? { color: { field: 'series', type: 'nominal', title: null } } : {}),
    },
  };
}

/** The demo data rows (one entry per indicator: title, key figure text, chart rows). */
export async function loadCharts() {
  const res = await fetch('/__bench/rows.json');
  if (!res.ok) throw new Error(`rows.json: HTTP ${res.status}`);
  return res.json();
}

/**
 * Draws every chart with vega-embed's `draw` into `area`, each in its own box, all at once; marks each drawn chart
 * and records each failure in `window.__bench` (shared by the naive dashboard and the naive strict-CSP page).
 */
export async function drawAll(charts, area, draw) {
  const bench = window.__bench;
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
}
