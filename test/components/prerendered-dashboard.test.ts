import { expect } from '@open-wc/testing';
import '../../src/components/inn-indicator/define.js';
import '../../src/components/inn-dashboard/define.js';
import { prerenderDashboard } from '../../src/charts/prerender-dashboard.js';
import { parseFeed } from '../../src/data/parse.js';
import { until } from '../embed/frame.js';

/**
 * A dashboard page that ships its first paint in its HTML (`innsikt-feeds snippet --dashboard`,
 * src/charts/prerender-dashboard.ts): each widget shows its pre-rendered block (key figure or chart) before the
 * feed has arrived, in its place in the dashboard's grid; the widgets then draw themselves there; a selection other
 * than the one the HTML was written for (a link) never shows the pre-rendered figures; a reader without JavaScript
 * reads the key figures and the charts with their tables.
 */

const FEED = '/demo/data/innlandet.json';
/** The same feed, held back 2–3 s by the test server (test/server/faults.mjs). */
const SLOW_FEED = `/__slow${FEED}`;
const IDS = ['value-creation', 'rd-share', 'commuting', 'state-transfers', 'employment-change'];

async function markup(src: string, extra: { compare?: string } = {}): Promise<string> {
  const ds = parseFeed(await (await fetch(FEED)).text());
  return prerenderDashboard(ds, { src, ...extra });
}

const visible = (el: Element | null | undefined) => {
  const r = el?.getBoundingClientRect();
  return !!r && r.width > 0 && r.height > 0;
};

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
function widgets(dash: Element): Widget[] {
  return [...dash.shadowRoot!.querySelectorAll<Widget>('inn-indicator')];
}

let host: HTMLElement | undefined;
let frame: HTMLIFrameElement | undefined;
afterEach(() => {
  host?.remove();
  frame?.remove();
  history.replaceState(null, '', location.pathname + location.search);
  host = frame = undefined;
});

describe('pre-rendered dashboard', function () {
  this.timeout(30000);

  it("shows every key figure and chart in its widget's place before the feed arrives, then the widgets' own", async () => {
    host = document.createElement('div');
    host.style.width = '1100px';
    host.innerHTML = await markup(SLOW_FEED);
    const dash = host.querySelector('inn-dashboard') as HTMLElement & { updateComplete: Promise<boolean> };
    document.body.append(host);
    await dash.updateComplete;
    const children = widgets(dash);
    expect(children.length).to.equal(10);
    await Promise.all(children.map((w) => w.updateComplete));

    // Before the feed: each widget shows the block written for it, in the widget's own box.
    for (const w of children) {
      const name = `${w.getAttribute('view')}-${w.getAttribute('indicator')}`;
      const block = host.querySelector(`[slot="${name}"]`)!;
      expect(visible(block), `${name} visible`).to.equal(true);
      const box = w.getBoundingClientRect();
      const inner = block.getBoundingClientRect();
      expect(inner.left >= box.left - 1 && inner.right <= box.right + 1 && inner.top >= box.top - 1, `${name} inside its widget`).to.equal(true);
      expect(w.shadowRoot!.querySelector('.skeleton') === null, `${name}: no grey box over it`).to.equal(true);
    }
    const kpi = host.querySelector('[slot="kpi-rd-share"]')!;
    expect(kpi.textContent!.replace(/\s+/g, ' ')).to.contain('over 70 %');
    const chart = host.querySelector('[slot="chart-state-transfers"] svg[role="img"]')!;
    expect(chart.querySelectorAll('.bars_marks rect').length).to.equal(5);

    // Then the widgets draw their own key figures, and the charts on screen theirs (those further down are drawn when
    // scrolled to, and show their pre-render until then); a block no longer shows once its widget has drawn.
    const firstChart = children.find((w) => w.getAttribute('view') === 'chart')!;
    firstChart.scrollIntoView();
    const onScreen = [...children.filter((w) => w.getAttribute('view') === 'kpi'), firstChart];
    await until(() => onScreen.every((w) => w.shadowRoot!.querySelector('.kpi, .chart-canvas svg')), "the widgets' own figures", 15000);
    for (const w of onScreen) {
      const name = `${w.getAttribute('view')}-${w.getAttribute('indicator')}`;
      expect(visible(host.querySelector(`[slot="${name}"]`)), `${name} hidden`).to.equal(false);
    }
    const own = children.find((w) => w.getAttribute('view') === 'kpi' && w.getAttribute('indicator') === 'rd-share')!;
    expect(own.shadowRoot!.querySelector('.kpi-value')!.textContent!.replace(/\s+/g, ' ')).to.contain('over 70 %');
  });

  it('never shows the pre-rendered figures for a selection they were not written for (a link to another region)', async () => {
    // The link's state is read when the dashboard connects: a region the HTML's figures are not about.
    history.replaceState(null, '', `${location.pathname}${location.search}#inn-dashboard=region:3403`);
    host = document.createElement('div');
    host.style.width = '1100px';
    host.innerHTML = await markup(SLOW_FEED);
    const dash = host.querySelector('inn-dashboard') as HTMLElement & { updateComplete: Promise<boolean>; region: string };
    document.body.append(host);
    await dash.updateComplete;
    // Without a readable link state the test proves nothing: say so rather than pass.
    expect(dash.region, 'the link was applied').to.equal('3403');
    await Promise.all(widgets(dash).map((w) => w.updateComplete));
    for (const w of widgets(dash)) expect(w.querySelector('slot') === null, `${w.getAttribute('view')} ${w.getAttribute('indicator')}: no slot`).to.equal(true);
    for (const block of host.querySelectorAll('.inn-prerendered')) expect(visible(block)).to.equal(false);
  });

  it('gives a reader without JavaScript the key figures, then the charts with their tables', async () => {
    const html = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><script type="module" src="/dist/innsikt.js"></script></head><body>${await markup(FEED, { compare: '0' })}</body></html>`;
    frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin');
    frame.style.width = '800px';
    frame.style.height = '900px';
    frame.srcdoc = html;
    document.body.append(frame);
    const doc = await until(
      () => (frame!.contentDocument?.querySelector('inn-dashboard noscript') ? frame!.contentDocument : undefined),
      'the page without scripts',
    );
    expect(frame.contentWindow!.customElements.get('inn-dashboard'), 'no script ran').to.equal(undefined);
    const blocks = [...doc.querySelectorAll('inn-dashboard > .inn-prerendered')];
    expect(blocks.map((b) => b.getAttribute('slot'))).to.deep.equal([...IDS.map((i) => `kpi-${i}`), ...IDS.map((i) => `chart-${i}`)]);
    for (const b of blocks) expect(visible(b), b.getAttribute('slot')!).to.equal(true);
    const charts = doc.querySelectorAll('inn-dashboard svg[role="img"]');
    expect(charts.length).to.equal(5);
    for (const svg of charts) expect(visible(svg)).to.equal(true);
    // The tables are in <noscript>: the frame has scripting off, so the parser made them real tables.
    expect(doc.querySelectorAll('inn-dashboard table').length).to.equal(5);
    expect(doc.body.textContent!.replace(/\s+/g, ' ')).to.contain('Mot Norge: 12 %');
  });
});
