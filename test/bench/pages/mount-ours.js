// Mounts an <inn-indicator view="chart"> (the five indicators in turn), waits until its chart is drawn, removes it;
// `n` times. Each chart's handle is checked for `finalized` just after the removal and then dropped (only a
// WeakRef to its Vega view is kept, so that the bench itself keeps nothing alive).
import '/dist/innsikt.js';

const INDICATORS = ['value-creation', 'rd-share', 'commuting', 'state-transfers', 'employment-change'];
const host = document.getElementById('host');
const views = [];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function drawnOnce(el, ms) {
  return new Promise((resolve) => {
    const finish = (result) => {
      clearTimeout(timer);
      el.removeEventListener('inn-ready', onReady);
      el.removeEventListener('inn-error', onError);
      resolve(result);
    };
    const onReady = (e) => e.detail.view === 'chart' && finish('ready');
    const onError = (e) => finish(`error: ${e.detail.message}`);
    const timer = setTimeout(() => finish('timeout'), ms);
    el.addEventListener('inn-ready', onReady);
    el.addEventListener('inn-error', onError);
  });
}

window.__cycles = async (n) => {
  const out = { cycles: n, drawn: 0, notFinalized: 0, problems: [] };
  for (let i = 0; i < n; i++) {
    const el = document.createElement('inn-indicator');
    el.setAttribute('src', '/demo/data/innlandet.json');
    el.setAttribute('indicator', INDICATORS[i % INDICATORS.length]);
    el.setAttribute('view', 'chart');
    const result = drawnOnce(el, 5000);
    host.append(el);
    const status = await result;
    const handle = el.chartHandle;
    if (status === 'ready' && handle?.element?.querySelector('g.role-mark > *')) out.drawn++;
    else if (out.problems.length < 5) out.problems.push(`cycle ${i}: ${status}${handle ? '' : ' (no chart handle)'}`);
    el.remove();
    await sleep(0);
    if (handle) {
      if (!handle.finalized) out.notFinalized++;
      views.push(new WeakRef(handle.view));
    }
  }
  return out;
};

/** How many of the Vega views created so far are still reachable (call after a GC). */
window.__alive = () => views.filter((r) => r.deref() !== undefined).length;
window.__benchReady = true;
