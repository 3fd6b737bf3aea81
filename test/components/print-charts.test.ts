/**
 * Print draws every chart: a chart far below the fold (never scrolled into view, so never drawn) is drawn when the
 * page is about to print, before the browser lays out the printed page; not a grey box. A map drawn from
 * Kartverket's borders prints its credit ("© Kartverket", CC BY 4.0).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/inn-indicator/define.js';
import type { InnIndicator } from '../../src/components/inn-indicator/inn-indicator.js';

describe('print', function () {
  this.timeout(20000);
  let page: HTMLElement | undefined;
  afterEach(() => page?.remove());

  it('a chart never scrolled into view is drawn at beforeprint, synchronously', async () => {
    const attrs = { src: '/demo/data/innlandet.json', indicator: 'state-transfers', view: 'chart' };
    const widget = () => {
      const el = document.createElement('inn-indicator') as InnIndicator;
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      return el;
    };
    // A long page with the same chart at its top (in view: the control) and at its end.
    page = document.createElement('div');
    const spacer = document.createElement('div');
    spacer.style.height = '6000px';
    const control = widget();
    const el = widget();
    let controlReady = false;
    control.addEventListener('inn-ready', () => (controlReady = true));
    page.append(control, spacer, el);
    document.body.append(page);
    // The chart in view is drawn (the chart runtime has arrived and drawn it); the page has gone idle since.
    await waitUntil(() => controlReady && control.shadowRoot!.querySelector('.chart-canvas svg'), 'the chart in view drawn', { timeout: 15000 });
    await el.updateComplete;
    await new Promise((r) => requestIdleCallback(r));
    // The one below is drawn as far as it goes off screen: the frame and the empty chart box.
    expect(el.shadowRoot!.querySelector('.chart-canvas'), 'the widget framed').to.not.equal(null);
    expect(el.shadowRoot!.querySelector('.chart-canvas svg') === null, 'not drawn while out of view').to.equal(true);
    window.dispatchEvent(new Event('beforeprint'));
    expect(el.shadowRoot!.querySelector('.chart-canvas svg'), 'drawn before the print layout').to.not.equal(null);
    window.dispatchEvent(new Event('afterprint'));
  });

  it('a map drawn from Kartverket borders prints "© Kartverket" and CC BY 4.0 (print media emulated)', async function () {
    const KARTVERKET = '/__shared/fixtures/geo/kartverket_kommuner_2024_S_wgs84.topojson';
    if ((await fetch(KARTVERKET, { method: 'HEAD' })).status === 404) {
      console.warn('SKIPPED: ../shared is not present (this test draws a real Kartverket map from ../shared/fixtures).');
      this.skip();
    }
    page = document.createElement('div');
    page.style.width = '640px';
    const el = document.createElement('inn-indicator') as InnIndicator;
    for (const [k, v] of Object.entries({ src: '/demo/data/innlandet.json', indicator: 'commuting', view: 'map', 'geo-src': KARTVERKET }))
      el.setAttribute(k, v);
    page.append(el);
    document.body.append(page);
    // Tiles first; the real borders replace them when the border file has been read.
    await waitUntil(() => el.shadowRoot?.querySelector('[part="map"] .inn-map__svg') && !el.shadowRoot.querySelector('[part="map"] .labels'), 'real borders', {
      timeout: 15000,
    });
    try {
      await emulateMedia({ media: 'print' });
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(matchMedia('print').matches, 'print media').to.equal(true);
      const credit = el.shadowRoot!.querySelector<HTMLElement>('[part="map"] .inn-map__credit');
      expect(credit, 'the credit is there while printing').to.not.equal(null);
      expect(credit!.textContent).to.contain('© Kartverket');
      expect(credit!.textContent).to.contain('CC BY 4.0');
      const box = credit!.getBoundingClientRect();
      const style = getComputedStyle(credit!);
      expect(box.height, 'printed: it takes room on the page').to.be.greaterThan(0);
      expect(style.display).to.not.equal('none');
      expect(style.visibility).to.equal('visible');
      // Under the map it credits, inside the printed widget.
      const map = el.shadowRoot!.querySelector('[part="map"] .inn-map__svg')!.getBoundingClientRect();
      expect(box.top, 'below the map').to.be.at.least(map.bottom - 1);
      expect(box.bottom).to.be.at.most(el.getBoundingClientRect().bottom + 1);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
      await emulateMedia({ media: 'screen' });
    }
  });
});
