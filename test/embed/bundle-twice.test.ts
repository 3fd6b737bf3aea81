import { expect } from '@open-wc/testing';
import { openFrame, settled, TRACK_SCHEDULED, until } from './frame.js';

/**
 * Registration is guarded (src/components/define.ts): a page that loads the bundle twice, two copies or
 * versions of it, or that already has another element under our tag name, gets no error. Each case is a host
 * page in a frame that records uncaught errors, rejections and console warnings from its very start.
 * Uses the built bundle: run `npm run build` first.
 */
interface Recorder {
  innErrors: string[];
  innWarnings: string[];
  innReady: string[];
}

/** Classic inline script, first in <head>: records before any module runs. */
const RECORDER = `<script>
  window.innErrors = []; window.innWarnings = []; window.innReady = [];
  addEventListener('error', (e) => innErrors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => innErrors.push(String(e.reason && e.reason.message || e.reason)));
  const warn = console.warn.bind(console);
  console.warn = (...args) => { innWarnings.push(args.map(String).join(' ')); warn(...args); };
  document.addEventListener('inn-ready', (e) => innReady.push(e.target.localName + ':' + e.detail.indicator + '/' + e.detail.view));
</script>`;

const FEED = '/demo/data/innlandet.json';
// The chart first: a chart is drawn (and ready) only near the viewport, and the widgets reserve their full height.
const WIDGETS = `
  <inn-indicator src="${FEED}" indicator="employment-change" view="chart"></inn-indicator>
  <inn-indicator src="${FEED}" indicator="employment-change" view="table"></inn-indicator>
  <inn-indicator src="${FEED}" indicator="rd-share" view="kpi"></inn-indicator>`;

function page(head: string, body = WIDGETS): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${TRACK_SCHEDULED}${RECORDER}${head}</head><body>${body}</body></html>`;
}

async function load(srcdoc: string, readyCount: number) {
  const iframe = openFrame({ srcdoc });
  const win = () => iframe.contentWindow as unknown as (Window & Recorder) | null;
  try {
    await until(() => win()?.innReady && win()!.innReady.length >= readyCount, `${readyCount} inn-ready events`, 30000);
  } catch (err) {
    const w = win();
    throw new Error(
      `${(err as Error).message}; ready: ${w?.innReady?.join(', ')}; errors: ${w?.innErrors?.join(' | ')}; warnings: ${w?.innWarnings?.join(' | ')}`,
    );
  }
  // Anything late (a second registration, a chunk of the second copy) has had its chance to fail: the frame has
  // settled (nothing scheduled, nothing more fetched).
  await settled(iframe);
  return { iframe, win: win()!, doc: iframe.contentDocument! };
}

describe('loading the bundle more than once on a page', function () {
  this.timeout(60000);
  let iframe: HTMLIFrameElement | undefined;
  afterEach(() => iframe?.remove());

  it('twice from the same URL with different query strings: no error, the widgets work', async () => {
    const r = await load(page('<script type="module" src="/dist/innsikt.js?load=1"></script><script type="module" src="/dist/innsikt.js?load=2"></script>'), 3);
    iframe = r.iframe;
    expect(r.win.innErrors).to.deep.equal([]);
    expect(r.win.innReady).to.have.members(['inn-indicator:employment-change/table', 'inn-indicator:rd-share/kpi', 'inn-indicator:employment-change/chart']);
    expect(r.doc.querySelectorAll('inn-indicator')[1]!.shadowRoot!.querySelectorAll('table tbody tr').length).to.be.greaterThan(0);
  });

  it('two separate copies (every module evaluated twice): no error, the first copy is kept with a warning', async () => {
    const r = await load(
      page(
        '<script type="module" src="/dist/innsikt.js"></script><script type="module" src="/__second-copy/dist/innsikt.js"></script>',
        `${WIDGETS}<inn-dashboard src="${FEED}" indicators="commuting"></inn-dashboard>`,
      ),
      4,
    );
    iframe = r.iframe;
    expect(r.win.innErrors).to.deep.equal([]);
    // The second copy really ran (its own module), and said it stood back.
    const paths = r.win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(paths, 'second copy loaded').to.include('/__second-copy/dist/innsikt.js');
    expect(r.win.innWarnings.some((w) => w.includes('<inn-indicator> is already defined'))).to.equal(true);
    // <inn-dashboard>'s chunk loads when the page has one: the second copy loads its own only if the first copy's had
    // not defined the element yet, and then stands back with the same warning.
    const secondDashboard = paths.some((p) => /^\/__second-copy\/dist\/chunks\/dashboard-[^/]*\.js$/.test(p));
    expect(
      r.win.innWarnings.some((w) => w.includes('<inn-dashboard> is already defined')),
      'warning from the second copy',
    ).to.equal(secondDashboard);
    expect(r.win.innReady).to.include.members([
      'inn-indicator:employment-change/table',
      'inn-indicator:rd-share/kpi',
      'inn-indicator:employment-change/chart',
      'inn-dashboard:commuting/kpi',
    ]);
    const chart = r.doc.querySelectorAll('inn-indicator')[0]!;
    expect(chart.shadowRoot!.querySelector('.chart-canvas svg'), 'chart drawn').to.not.equal(null);
  });

  it('after another element took the name <inn-indicator>: no error, a warning, and <inn-dashboard> is still defined', async () => {
    const foreign = `<script>customElements.define('inn-indicator', class extends HTMLElement { connectedCallback() { this.dataset.foreign = 'yes'; } });</script>`;
    const iframeEl = openFrame({
      srcdoc: page(
        `${foreign}<script type="module" src="/dist/innsikt.js"></script>`,
        // <inn-dashboard> is defined once the page has one (its chunk loads then).
        `<inn-indicator src="${FEED}" indicator="rd-share" view="kpi"></inn-indicator><inn-dashboard hidden></inn-dashboard>`,
      ),
    });
    iframe = iframeEl;
    const win = () => iframeEl.contentWindow as unknown as (Window & Recorder) | null;
    await until(() => win()?.customElements.get('inn-dashboard'), 'the bundle to define <inn-dashboard>', 20000);
    await settled(iframeEl);
    expect(win()!.innErrors).to.deep.equal([]);
    expect(win()!.innWarnings.some((w) => w.includes('<inn-indicator> is already defined'))).to.equal(true);
    // The page's own element is left alone.
    const el = iframeEl.contentDocument!.querySelector('inn-indicator') as HTMLElement;
    expect(el.dataset.foreign).to.equal('yes');
    expect(el.shadowRoot).to.equal(null);
  });
});
