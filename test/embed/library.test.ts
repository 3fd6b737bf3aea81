import { expect, oneEvent } from '@open-wc/testing';

/**
 * The package's unbundled entry (`innsikt` = dist/lib/innsikt.js, for sites with their own bundler) draws charts
 * from the templates compiled when Innsikt was built: it never loads Vega-Lite or the Vega parser (they are
 * devDependencies). Uses the build: run `npm run build` first.
 */
describe('the unbundled library (dist/lib)', function () {
  this.timeout(60000);

  it('draws a chart with the templates compiled at build time, without loading Vega-Lite', async () => {
    // Unbundled, the page loads hundreds of modules: room for all of them in the resource timeline.
    performance.setResourceTimingBufferSize(100000);
    const compiledUrl = '/dist/lib/charts/compiled.js';
    const libUrl = '/dist/lib/innsikt.js';
    const compiled = (await import(compiledUrl)) as { AHEAD_OF_TIME: boolean };
    expect(compiled.AHEAD_OF_TIME, 'dist/lib/charts/compiled.js is the build-time module').to.equal(true);
    await import(libUrl);

    const el = document.createElement('inn-indicator') as HTMLElement & { chartHandle?: { view: { scenegraph(): unknown } } };
    el.setAttribute('src', '/demo/data/innlandet.json');
    el.setAttribute('indicator', 'employment-change');
    el.setAttribute('view', 'chart');
    el.style.display = 'block';
    el.style.width = '720px';
    const ready = new Promise<void>((resolve) => {
      el.addEventListener('inn-ready', (e) => (e as CustomEvent<{ view: string }>).detail.view === 'chart' && resolve());
    });
    const failed = oneEvent(el, 'inn-error').then((e) => {
      throw new Error(`inn-error: ${(e as CustomEvent<{ message: string }>).detail.message}`);
    });
    document.body.append(el);
    try {
      await Promise.race([ready, failed]);
      expect(el.chartHandle?.view, 'the Vega view is in place').to.exist;
      const marks = el.shadowRoot!.querySelectorAll('.chart-canvas svg g.role-mark > *');
      expect(marks.length, 'the chart has marks').to.be.greaterThan(0);
      const loaded = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
      expect(
        loaded.some((p) => p.endsWith('/dist/lib/charts/compiled-templates.js')),
        'the compiled templates were loaded',
      ).to.equal(true);
      expect(
        loaded.filter((p) => /vega-lite|vega-parser|compile-templates/.test(p)),
        'compiler modules loaded',
      ).to.deep.equal([]);
    } finally {
      el.remove();
    }
  });
});
