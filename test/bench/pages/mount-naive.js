// The careless baseline: embeds a Vega-Lite chart (the five indicators' rows in turn) with vega-embed, waits
// for it, removes its container — and never calls view.finalize(). Only WeakRefs to the views are kept.
import { draw } from '/__bench/naive.js';
import { barSpec, loadCharts } from './naive-spec.js';

const charts = await loadCharts();
/** ?zoom: the same charts with pan and zoom (an interval selection bound to the scales). */
const zoom = new URLSearchParams(location.search).has('zoom');
const host = document.getElementById('host');
const views = [];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

window.__cycles = async (n) => {
  const out = { cycles: n, drawn: 0, notFinalized: 0, problems: [] };
  for (let i = 0; i < n; i++) {
    const el = document.createElement('div');
    host.append(el);
    let view;
    try {
      ({ view } = await draw(el, barSpec(charts[i % charts.length], 560, { zoom })));
      if (el.querySelector('svg g.role-mark > *')) out.drawn++;
    } catch (err) {
      if (out.problems.length < 5) out.problems.push(`cycle ${i}: ${err?.message ?? err}`);
    }
    el.remove();
    await sleep(0);
    if (view) {
      // The naive code never calls view.finalize(): every view it made is left unfinalized.
      out.notFinalized++;
      views.push(new WeakRef(view));
    }
  }
  return out;
};

window.__alive = () => views.filter((r) => r.deref() !== undefined).length;
window.__benchReady = true;
