import { expect, oneEvent } from '@open-wc/testing';
import '../../src/components/inn-indicator/define.js';
import { prerenderIndicator } from '../../src/charts/prerender.js';
import { parseFeed } from '../../src/data/parse.js';
import { until } from '../embed/frame.js';

/**
 * A page that ships the widget's first paint in its HTML (`innsikt-feeds snippet`, src/charts/prerender.ts): the
 * chart is on screen before the feed has arrived, the widget then draws itself in its place without moving what
 * is below, and a reader without JavaScript has a chart and a table.
 */

const FEED = '/demo/data/innlandet.json';
/** The same feed, held back 2–3 s by the test server (test/server/faults.mjs). */
const SLOW_FEED = `/__slow${FEED}`;

async function markup(indicator: string, src: string): Promise<string> {
  const ds = parseFeed(await (await fetch(FEED)).text());
  return prerenderIndicator(ds, { src, indicator });
}

const visible = (el: Element | null | undefined) => {
  const r = el?.getBoundingClientRect();
  return !!r && r.width > 0 && r.height > 0;
};

let host: HTMLElement | undefined;
let frame: HTMLIFrameElement | undefined;
afterEach(() => {
  host?.remove();
  frame?.remove();
  host = frame = undefined;
});

describe('pre-rendered first paint', function () {
  this.timeout(30000);

  it('shows the chart before the feed arrives, then the widget draws in its place without moving what follows', async () => {
    host = document.createElement('div');
    host.style.width = '640px';
    host.innerHTML = `${await markup('state-transfers', SLOW_FEED)}<p id="below">Below the widget</p>`;
    const el = host.querySelector('inn-indicator')!;
    const ready = oneEvent(el, 'inn-ready');
    document.body.append(host);
    await el.updateComplete;

    // Before the feed: the pre-rendered chart is what the widget shows, bars and all, with its description.
    const pre = el.querySelector('.inn-prerendered svg[role="img"]')!;
    expect(visible(pre), 'pre-rendered chart visible').to.equal(true);
    expect(pre.querySelectorAll('.bars_marks rect').length).to.equal(5);
    expect(pre.getAttribute('aria-label')).to.match(/\S/);
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()).to.include(el.querySelector('.inn-prerendered'));
    expect(el.shadowRoot!.querySelector('.skeleton'), 'no grey box over the chart').to.equal(null);
    const belowBefore = host.querySelector('#below')!.getBoundingClientRect().top;

    await ready;
    // The widget's own chart, and the pre-render no longer shown.
    const own = el.shadowRoot!.querySelector('.chart-canvas svg');
    expect(visible(own), "the widget's chart").to.equal(true);
    expect(visible(pre), 'pre-render hidden').to.equal(false);
    const belowAfter = host.querySelector('#below')!.getBoundingClientRect().top;
    // What is below moves down by no more than a few pixels (the widget keeps at least the room the pre-render took).
    expect(belowAfter - belowBefore, `moved from ${belowBefore} to ${belowAfter}`).to.be.within(0, 8);
  });

  it('gives a reader without JavaScript a chart and a table they can read', async () => {
    const html = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><script type="module" src="/dist/innsikt.js"></script></head><body>${await markup('state-transfers', FEED)}</body></html>`;
    // Scripts off in the frame (a sandbox without allow-scripts); same origin, so the test can read it.
    frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin');
    frame.style.width = '800px';
    frame.style.height = '900px';
    frame.srcdoc = html;
    document.body.append(frame);
    const doc = await until(() => (frame!.contentDocument?.querySelector('table') ? frame!.contentDocument : undefined), 'the page without scripts');
    expect(frame.contentWindow!.customElements.get('inn-indicator'), 'no script ran').to.equal(undefined);
    const svg = doc.querySelector('inn-indicator svg[role="img"]');
    expect(visible(svg), 'chart').to.equal(true);
    expect(svg!.querySelectorAll('.bars_marks rect').length).to.equal(5);
    const table = doc.querySelector('inn-indicator table')!;
    expect(visible(table), 'table').to.equal(true);
    const text = (table.textContent ?? '').replace(/\s+/g, ' ');
    expect(table.querySelectorAll('tbody tr').length).to.equal(4);
    expect(text).to.contain('Statlige overføringer');
    expect(doc.querySelector('inn-indicator h2')?.textContent).to.equal('Statlige overføringer');
  });

  it("is readable on a site with a dark background: the chart's text takes the page's text colour", async () => {
    host = document.createElement('div');
    host.style.cssText = 'width: 640px; background: #121212; color: #e6e8eb';
    // The feed held back: the pre-render is what is on screen.
    host.innerHTML = await markup('state-transfers', SLOW_FEED);
    document.body.append(host);
    const svg = host.querySelector('.inn-prerendered svg[role="img"]')!;
    const texts = [...svg.querySelectorAll('text')];
    expect(texts.length).to.be.greaterThan(5);
    await host.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('inn-indicator')!.updateComplete;
    expect(visible(svg), 'the pre-rendered chart on screen').to.equal(true);
    for (const t of texts) expect(getComputedStyle(t).fill, t.textContent!).to.equal('rgb(230, 232, 235)');
  });

  it('draws feed text as text', async () => {
    const ds = parseFeed(await (await fetch(FEED)).text());
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const title = ds.indicators.find((i) => i.id === 'state-transfers')!;
    title.title = { nb: hostile };
    host = document.createElement('div');
    host.innerHTML = prerenderIndicator(ds, { src: FEED, indicator: 'state-transfers' });
    document.body.append(host);
    expect(host.querySelector('img')).to.equal(null);
    expect(host.querySelector('h2')?.textContent).to.equal(hostile);
  });
});
