/**
 * Print draws every chart: a chart far below the fold (never scrolled into view, so never drawn) is drawn when the
 * page is about to print, before the browser lays out the printed page; not a grey box.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/components/inn-indicator/define.js';
import type { InnIndicator } from '../../src/components/inn-indicator/inn-indicator.js';

describe('print', function () {
  this.timeout(20000);
  let page: HTMLElement | undefined;
  afterEach(() => page?.remove());

  it('a chart never scrolled into view is drawn at beforeprint, synchronously', async () => {
    // A long page with the widget at its end.
    page = document.createElement('div');
    const spacer = document.createElement('div');
    spacer.style.height = '6000px';
    const el = document.createElement('inn-indicator') as InnIndicator;
    for (const [k, v] of Object.entries({ src: '/demo/data/innlandet.json', indicator: 'state-transfers', view: 'chart' })) el.setAttribute(k, v);
    page.append(spacer, el);
    document.body.append(page);
    // Drawn as far as it goes off screen: the frame and the empty chart box.
    await waitUntil(() => el.shadowRoot?.querySelector('.chart-canvas'), 'the widget framed', { timeout: 10000 });
    await new Promise((r) => setTimeout(r, 200));
    expect(el.shadowRoot!.querySelector('.chart-canvas svg'), 'not drawn while out of view').to.equal(null);
    window.dispatchEvent(new Event('beforeprint'));
    expect(el.shadowRoot!.querySelector('.chart-canvas svg'), 'drawn before the print layout').to.not.equal(null);
    window.dispatchEvent(new Event('afterprint'));
  });
});
