import { expect } from '@open-wc/testing';
import { openFrame, resourcesOf, settled, TRACK_SCHEDULED, until } from './frame.js';

/**
 * The chart code loads lazily: on a page with a key figure at the top and a chart far below the fold, no chart
 * chunk (the Vega runtime `render-*.js`, with the compiled chart templates) is requested until the chart
 * is scrolled near the viewport; the map view's chunk (`map-runtime-*.js`) only when a widget shows a map. Uses the
 * built bundle: run `npm run build` first.
 */
const FEED = '/demo/data/innlandet.json';
const CHART_CHUNK = /\/dist\/chunks\/render-[^/]*\.js$/;
const MAP_CHUNK = /\/dist\/chunks\/map-runtime-[^/]*\.js$/;

describe('lazy loading of the chart code (built bundle)', function () {
  this.timeout(60000);

  it('requests no chart chunk before a chart is near the viewport, then loads it and draws', async () => {
    // A query string gives this frame fresh module URLs, whatever the browser cached before.
    const v = `lazy-${Date.now()}`;
    const iframe = openFrame({
      srcdoc: `<!doctype html><html lang="en"><head><meta charset="utf-8">${TRACK_SCHEDULED}
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
      // Give an eager (wrong) preload every chance to show up: wait until the page is quiet.
      await settled(iframe);
      const before = resourcesOf(iframe);
      expect(
        before.some((u) => u.includes('/dist/innsikt.js')),
        'bundle loaded',
      ).to.equal(true);
      expect(
        before.filter((u) => CHART_CHUNK.test(new URL(u).pathname)),
        'chart chunks before the chart is visible',
      ).to.deep.equal([]);
      expect(win()!.innReady).to.not.include('chart');

      const chart = iframe.contentDocument!.getElementById('chart')!;
      chart.scrollIntoView({ block: 'center' });
      await until(() => win()?.innReady?.includes('chart'), 'the chart to be drawn after scrolling', 30000);
      const after = resourcesOf(iframe).map((u) => new URL(u).pathname);
      expect(
        after.some((p) => /\/dist\/chunks\/render-[^/]*\.js$/.test(p)),
        'chart runtime requested',
      ).to.equal(true);
      expect(chart.shadowRoot!.querySelector('.chart-canvas svg'), 'chart svg').to.not.equal(null);
      // Key figures and charts never need the map view's code.
      expect(
        after.filter((p) => MAP_CHUNK.test(p)),
        'map chunk on a page without a map',
      ).to.deep.equal([]);
    } finally {
      iframe.remove();
    }
  });

  it("loads the map view's chunk only for a map, and draws the map with it", async () => {
    const v = `lazy-map-${Date.now()}`;
    const iframe = openFrame({
      srcdoc: `<!doctype html><html lang="en"><head><meta charset="utf-8">${TRACK_SCHEDULED}
        <script>window.innReady = []; document.addEventListener('inn-ready', (e) => innReady.push(e.detail.view));</script>
        <script type="module" src="/dist/innsikt.js?${v}"></script></head>
        <body><inn-indicator id="kpi" src="${FEED}" indicator="employment-change" view="kpi"></inn-indicator></body></html>`,
    });
    try {
      const win = () => iframe.contentWindow as unknown as (Window & { innReady?: string[] }) | null;
      await until(() => win()?.innReady?.includes('kpi'), 'the key figure to be ready');
      await settled(iframe);
      const paths = () => resourcesOf(iframe).map((u) => new URL(u).pathname);
      expect(
        paths().filter((p) => MAP_CHUNK.test(p)),
        'map chunk before there is a map',
      ).to.deep.equal([]);

      // A map of the planning regions added to the page: it fetches the chunk, then draws the map with it.
      const doc = iframe.contentDocument!;
      const map = doc.createElement('inn-indicator');
      map.setAttribute('src', FEED);
      map.setAttribute('indicator', 'rd-share');
      map.setAttribute('view', 'map');
      map.setAttribute('region', 'R-gjovik');
      doc.body.append(map);
      await until(() => win()?.innReady?.includes('map'), 'the map to be drawn', 30000);
      expect(
        paths().filter((p) => MAP_CHUNK.test(p)),
        'map chunk requested',
      ).to.have.length(1);
      const drawn = map.shadowRoot!.querySelector('[part="map"] svg');
      expect(drawn, 'map svg').to.not.equal(null);
      expect(drawn!.querySelectorAll('path, rect').length, 'areas on the map').to.be.greaterThan(1);
      expect(map.shadowRoot!.querySelector('.skeleton-map'), 'loading state gone').to.equal(null);
    } finally {
      iframe.remove();
    }
  });
});
