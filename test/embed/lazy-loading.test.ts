import { expect } from '@open-wc/testing';
import { openFrame, resourcesOf, sleep, until } from './frame.js';

/**
 * The chart code loads lazily: on a page with a key figure at the top and a chart far below the fold, no chart
 * chunk (the Vega runtime `render-*.js`, a compiled template `_inn-chart-template*`) is requested until the chart
 * is scrolled near the viewport. Uses the built bundle: run `npm run build` first.
 */
const FEED = '/demo/data/innlandet.json';
const CHART_CHUNK = /\/dist\/chunks\/(render-|_inn-chart-template)[^/]*\.js$/;

describe('lazy loading of the chart code (built bundle)', function () {
  this.timeout(60000);

  it('requests no chart chunk before a chart is near the viewport, then loads it and draws', async () => {
    // A query string gives this frame fresh module URLs, whatever the browser cached before.
    const v = `lazy-${Date.now()}`;
    const iframe = openFrame({
      srcdoc: `<!doctype html><html lang="en"><head><meta charset="utf-8">
        <script>window.innReady = []; document.addEventListener('inn-ready', (e) => innReady.push(e.detail.view));</script>
        <script type="module" src="/dist/innsikt.js?${v}"></script></head>
        <body>
          <inn-indicator id="kpi" src="${FEED}" indicator="employment-change" view="kpi"></inn-indicator>
          <div style="height: 3000px"></div>
          <inn-indicator id="chart" src="${FEED}" indicator="employment-change" view="chart"></inn-indicator>
        </body></html>`,
    });
    try {
      const win = () => iframe.contentWindow as unknown as (Window & { innReady?: string[] }) | null;
      await until(() => win()?.innReady?.includes('kpi'), 'the key figure to be ready');
      // Give an eager (wrong) preload every chance to show up.
      await sleep(1000);
      const before = resourcesOf(iframe);
      expect(before.some((u) => u.includes('/dist/innsikt.js')), 'bundle loaded').to.equal(true);
      expect(before.filter((u) => CHART_CHUNK.test(new URL(u).pathname)), 'chart chunks before the chart is visible').to.deep.equal([]);
      expect(win()!.innReady).to.not.include('chart');

      const chart = iframe.contentDocument!.getElementById('chart')!;
      chart.scrollIntoView({ block: 'center' });
      await until(() => win()?.innReady?.includes('chart'), 'the chart to be drawn after scrolling', 30000);
      const after = resourcesOf(iframe).map((u) => new URL(u).pathname);
      expect(after.some((p) => /\/dist\/chunks\/render-[^/]*\.js$/.test(p)), 'chart runtime requested').to.equal(true);
      expect(after.some((p) => /\/dist\/chunks\/_inn-chart-template[^/]*\.js$/.test(p)), 'chart template requested').to.equal(true);
      expect(chart.shadowRoot!.querySelector('.chart-canvas svg'), 'chart svg').to.not.equal(null);
    } finally {
      iframe.remove();
    }
  });
});
