import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/components/inn-indicator/define.js';
import { mountIndicator } from '../../mount.js';
import '../../../src/components/inn-dashboard/define.js';
import type { InnIndicator } from '../../../src/components/inn-indicator/inn-indicator.js';
import type { ShareController } from '../../../src/components/share/controller.js';
import type { ShareHandle } from '../../../src/components/share/share-runtime.js';
import { copyText, download } from '../../../src/components/share/share-menu.js';
import { decodeState } from '../../../src/components/share/permalink.js';
import type { InnReadyEvent } from '../../../src/components/events.js';

const FEED = '/demo/data/innlandet.json';

interface Internals {
  sharing: { handle: ShareHandle | undefined };
}

/** The widget's share controller (private in the element: read here through a cast). */
function shareOf(el: InnIndicator): ShareController {
  return (el as unknown as Internals).sharing.handle!.share;
}

async function mount(attrs: Record<string, string>): Promise<InnIndicator> {
  const el = await mountIndicator(attrs);
  // The buttons are drawn with the widget; the sharing code behind them arrives once the page is idle.
  await waitUntil(() => el.shadowRoot!.querySelector('[part="share"]'), 'share toolbar');
  await waitUntil(() => (el as unknown as Internals).sharing.handle, 'the sharing code');
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const status = (el: Element) => $(el, '.share-status')!.textContent!.trim();

/** Opens the "Del og last ned" menu (a click on its button), where the five actions are. */
function openMenu(el: Element): void {
  const toggle = $<HTMLButtonElement>(el, '.share-toggle')!;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  expect(toggle.getAttribute('aria-expanded')).to.equal('true');
}

interface Stubs {
  written: string[];
  downloads: Array<{ name: string; href: string }>;
  restore(): void;
}

/** Replaces the clipboard and anchor clicks (a test must not write the real clipboard or save files). */
function stub(clipboard: 'ok' | 'refused'): Stubs {
  const written: string[] = [];
  const downloads: Array<{ name: string; href: string }> = [];
  const clip = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: (t: string) => (clipboard === 'ok' ? (written.push(t), Promise.resolve()) : Promise.reject(new DOMException('denied', 'NotAllowedError'))),
    },
  });
  const exec = document.execCommand;
  document.execCommand = () => clipboard === 'ok';
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) downloads.push({ name: this.download, href: this.href });
    else click.call(this);
  };
  return {
    written,
    downloads,
    restore() {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', clip);
      document.execCommand = exec;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

let stubs: Stubs | undefined;
afterEach(async () => {
  stubs?.restore();
  stubs = undefined;
  await emulateMedia({ media: 'screen' });
  for (const el of document.querySelectorAll('body > div')) el.remove();
});

describe('share/share-menu in a widget', function () {
  this.timeout(30000);

  it('is one "Del og last ned" button that shows the five actions, with a polite live region, and passes axe', async () => {
    const el = await mount({ src: FEED, indicator: 'rd-share', view: 'table' });
    const toggle = $<HTMLButtonElement>(el, '[part="share"] .share-toggle')!;
    expect(toggle.textContent!.trim()).to.equal('Del og last ned');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    const list = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(list.getClientRects().length, 'closed').to.equal(0);
    expect($(el, '.share-status')!.getAttribute('aria-live')).to.equal('polite');
    await expect(el).to.be.accessible();
    openMenu(el);
    const labels = [...list.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(labels).to.deep.equal(['Last ned PNG', 'Last ned SVG', 'Last ned CSV', 'Kopier lenke', 'Kopier innbyggingskode']);
    expect([...list.querySelectorAll('button')].every((b) => b.getClientRects().length > 0)).to.equal(true);
    expect(el.shadowRoot!.activeElement, 'focus on the first action').to.equal(list.querySelector('button'));
    await expect(el).to.be.accessible();
  });

  it('closes on a click outside it (focus stays), and on a second click of its button', async () => {
    const el = await mount({ src: FEED, indicator: 'rd-share', view: 'table' });
    const toggle = $<HTMLButtonElement>(el, '.share-toggle')!;
    openMenu(el);
    const { x, y } = el.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.ceil(x) + 4, Math.ceil(y) + 4] });
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '.share-actions')!.getClientRects().length).to.equal(0);
    openMenu(el);
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  for (const lang of ['nb', 'nn', 'en'] as const) {
    it(`fits on one row at 320 px, closed and open (${lang})`, async () => {
      const el = await mountIndicator({ src: FEED, indicator: 'employment-change', view: 'chart', period: '1990-2002', lang }, { width: 320 });
      const host = el.parentElement!;
      await waitUntil(() => $(el, '.share-toggle'), 'the menu button');
      const toggle = $(el, '.share-toggle')!;
      const oneLine = parseFloat(getComputedStyle(toggle).lineHeight) || 20;
      expect(toggle.getBoundingClientRect().height, 'the button on one line').to.be.below(oneLine * 2 + 16);
      expect(toggle.getBoundingClientRect().right).to.be.at.most(host.getBoundingClientRect().right);
      openMenu(el);
      for (const b of $(el, '.share-actions')!.querySelectorAll('button')) {
        expect(b.getBoundingClientRect().right, b.textContent!).to.be.at.most(host.getBoundingClientRect().right + 0.5);
        expect(b.getBoundingClientRect().height, `${b.textContent} on one line`).to.be.below(oneLine * 2);
      }
      expect(el.scrollWidth).to.be.at.most(320);
    });
  }

  it('is keyboard operable: Tab reaches the buttons, Enter copies the link and the status says so', async () => {
    stubs = stub('ok');
    const el = await mount({ src: FEED, indicator: 'rd-share', view: 'kpi', id: 'fou' });
    const toggle = $<HTMLButtonElement>(el, '.share-toggle')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    $(el, '[data-share="csv"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('data-share')).to.equal('link');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el) === 'Lenke kopiert', 'status');
    // The action closed the menu and gave focus back to its button.
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    expect(stubs.written).to.have.length(1);
    const link = new URL(stubs.written[0]!);
    expect(decodeState(link.hash, 'fou')).to.include({ indicator: 'rd-share', view: 'kpi', lang: 'nb' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement?.getAttribute('data-share')).to.equal('embed');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => status(el) === 'Innbyggingskode kopiert', 'embed status');
    const code = stubs.written[1]!;
    const t = document.createElement('template');
    t.innerHTML = code;
    expect(t.content.querySelector('script')!.getAttribute('src')).to.match(/^https?:.*innsikt.*\.js$/);
    const copy = t.content.querySelector('inn-indicator')!;
    expect(copy.getAttribute('src')).to.equal(new URL(FEED, location.href).href);
    expect(copy.getAttribute('indicator')).to.equal('rd-share');
    expect(copy.getAttribute('view')).to.equal('kpi');
    // Pasted into a page, the snippet shows the same key figure.
    const pasted = document.createElement('div');
    document.body.append(pasted);
    const clone = document.importNode(copy, true) as InnIndicator;
    const ready = oneEvent(clone, 'inn-ready');
    pasted.append(clone);
    expect((await ready).detail).to.include({ indicator: 'rd-share', view: 'kpi' });
    await clone.updateComplete;
    expect($(clone, '[part="kpi"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal($(el, '[part="kpi"]')!.textContent!.replace(/\s+/g, ' ').trim());
  });

  it('draws its buttons with the widget and loads what they do after the first drawing, without moving', async () => {
    stubs = stub('ok');
    // (A link with a widget's state loads the sharing code at once: this page's must hold none.)
    const before = location.hash;
    history.replaceState(null, '', location.pathname + location.search);
    try {
      await earlyPress();
    } finally {
      history.replaceState(null, '', before || location.pathname + location.search);
    }
  });

  async function earlyPress(): Promise<void> {
    const host = document.createElement('div');
    host.style.width = '720px';
    document.body.append(host);
    const el = document.createElement('inn-indicator');
    for (const [k, v] of Object.entries({ src: FEED, indicator: 'rd-share', view: 'kpi', id: 'early' })) el.setAttribute(k, v);
    // At the first drawing (inn-ready fires in the same task), the buttons are there and the sharing code is not.
    const seen = new Promise<{ loaded: boolean; toolbar: Element | null; buttons: Element[]; box: DOMRect }>((resolve) =>
      el.addEventListener(
        'inn-ready',
        () => {
          const toolbar = $(el, '[part="share"]');
          resolve({
            loaded: !!(el as unknown as Internals).sharing.handle,
            toolbar,
            buttons: [...(toolbar?.querySelectorAll('button') ?? [])],
            box: $(el, '.share-toggle')!.getBoundingClientRect(),
          });
          // Pressed before the sharing code has arrived: it loads, then copies.
          openMenu(el);
          ($(el, '[data-share="link"]') as HTMLButtonElement).click();
        },
        { once: true },
      ),
    );
    host.append(el);
    const first = await seen;
    expect(first.loaded, 'sharing code loaded at the first drawing').to.equal(false);
    expect(first.buttons.map((b) => b.textContent!.trim())).to.deep.equal([
      'Del og last ned',
      'Last ned PNG',
      'Last ned SVG',
      'Last ned CSV',
      'Kopier lenke',
      'Kopier innbyggingskode',
    ]);
    await waitUntil(() => status(el) === 'Lenke kopiert', 'the early press copied the link');
    expect(decodeState(new URL(stubs!.written[0]!).hash, 'early')).to.include({ indicator: 'rd-share', view: 'kpi' });
    await waitUntil(() => (el as unknown as Internals).sharing.handle, 'the sharing code');
    await el.updateComplete;
    // The same toolbar and buttons, in the same place: nothing was redrawn when the code arrived. (Below the buttons,
    // the live region now says what happened.)
    const toolbar = $(el, '[part="share"]')!;
    expect(toolbar).to.equal(first.toolbar);
    expect([...toolbar.querySelectorAll('button')]).to.deep.equal(first.buttons);
    const box = $(el, '.share-toggle')!.getBoundingClientRect();
    expect([box.x, box.y, box.width, box.height]).to.deep.equal([first.box.x, first.box.y, first.box.width, first.box.height]);
  }

  it('no-share hides the toolbar (and only the toolbar); removing it brings the toolbar back', async () => {
    const el = await mount({ src: FEED, indicator: 'rd-share', view: 'table' });
    el.noShare = true;
    await el.updateComplete;
    expect($(el, '[part="share"]')).to.equal(null);
    expect(el.hasAttribute('no-share')).to.equal(true);
    expect($(el, '[part="table"]')).to.exist;
    expect($(el, '[part="source"]')!.textContent).to.contain('Kilde');
    el.removeAttribute('no-share');
    await el.updateComplete;
    expect($(el, '[part="share"] [data-share="png"]')).to.exist;
  });

  it('is not shown while loading or on an error, where there is nothing to share', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const el = document.createElement('inn-indicator');
    el.setAttribute('src', '/__faults/404?n=1');
    el.setAttribute('indicator', 'rd-share');
    const failed = oneEvent(el, 'inn-error');
    host.append(el);
    expect($(el, '[part="share"]')).to.equal(null);
    await failed;
    await el.updateComplete;
    expect($(el, '[role="alert"]')).to.exist;
    expect($(el, '[part="share"]')).to.equal(null);
  });

  it('a link copied from a dashboard chart opens the dashboard with that chart in the same state', async () => {
    const before = location.hash;
    const mountDash = async () => {
      const host = document.createElement('div');
      host.style.width = '1100px';
      document.body.append(host);
      const dash = document.createElement('inn-dashboard');
      dash.id = 'planner';
      dash.setAttribute('src', FEED);
      host.append(dash);
      const kids = () => [...(dash.shadowRoot?.querySelectorAll('inn-indicator') ?? [])];
      await waitUntil(() => kids().length === 10 && kids().every((c) => c.shadowRoot?.querySelector('[part="summary"]')), 'dashboard drawn', {
        timeout: 20000,
      });
      // The key figures come first (1–5), then the charts (6–10).
      return { host, charts: kids().slice(5) };
    };
    try {
      const first = await mountDash();
      const chart = first.charts[2]!;
      const indicator = chart.indicator;
      await waitUntil(() => $(chart, '[part="share"]') && (chart as unknown as Internals).sharing.handle, 'toolbar and the sharing code');
      // The reader switches that chart to its table, then copies the link.
      const ready = oneEvent(chart, 'inn-ready');
      [...chart.shadowRoot!.querySelectorAll<HTMLButtonElement>('.view-button')].find((b) => b.textContent!.trim() === 'Tabell')!.click();
      await ready;
      const link = new URL(shareOf(chart).link());
      expect(link.hash).to.match(/(^#|&)inn-planner\.8=/);
      first.host.remove();
      history.replaceState(null, '', link.hash);
      const second = await mountDash();
      const same = second.charts[2]!;
      await waitUntil(() => same.view === 'table' && $(same, '[part="table"]'), 'the linked chart as a table');
      expect(same.indicator).to.equal(indicator);
      // The other charts keep the dashboard's state.
      expect(second.charts.filter((c) => c !== same).every((c) => c.view === 'chart')).to.equal(true);
    } finally {
      history.replaceState(null, '', before || location.pathname + location.search);
    }
  });

  it('on a dashboard, each chart has the toolbar and the key figures do not', async () => {
    const host = document.createElement('div');
    host.style.width = '1100px';
    document.body.append(host);
    const dash = document.createElement('inn-dashboard');
    dash.setAttribute('src', FEED);
    host.append(dash);
    const children = () => [...dash.shadowRoot!.querySelectorAll('inn-indicator')];
    await waitUntil(() => children().length === 10 && children().every((c) => c.shadowRoot?.querySelector('[part="summary"]')), 'dashboard drawn', {
      timeout: 20000,
    });
    const charts = children().filter((c) => c.view === 'chart');
    const kpis = children().filter((c) => c.view === 'kpi');
    await waitUntil(() => charts.every((c) => $(c, '[part="share"]')), 'chart toolbars');
    expect(charts).to.have.length(5);
    expect(kpis.every((k) => k.noShare && !$(k, '[part="share"]'))).to.equal(true);
  });

  it('shows the text selected in a read-only field when the clipboard is refused', async () => {
    stubs = stub('refused');
    const el = await mount({ src: FEED, indicator: 'commuting', view: 'table' });
    openMenu(el);
    $(el, '[data-share="embed"]')!.click();
    await waitUntil(() => $(el, '.share-manual-field'), 'manual field');
    const field = $<HTMLTextAreaElement>(el, '.share-manual-field')!;
    expect(field.readOnly).to.equal(true);
    expect(field.value).to.contain('<inn-indicator');
    await waitUntil(() => el.shadowRoot!.activeElement === field, 'focused');
    expect(field.selectionStart).to.equal(0);
    expect(field.selectionEnd).to.equal(field.value.length);
    expect(status(el)).to.contain('Ctrl+C');
    $(el, '.share-close')!.click();
    await el.updateComplete;
    expect($(el, '.share-manual-field')).to.equal(null);
  });

  it('downloads PNG, SVG and CSV of the current view, with the source in them', async () => {
    stubs = stub('ok');
    const el = await mount({ src: FEED, indicator: 'employment-change', view: 'chart', period: '1990-2002' });
    // Pictures name the view (a chart and a table of the same figures are different files); the CSV is the rows.
    const names = {
      png: 'innsikt-employment-change-change-pct-1990-2002-chart.png',
      svg: 'innsikt-employment-change-change-pct-1990-2002-chart.svg',
      csv: 'innsikt-employment-change-change-pct-1990-2002.csv',
    };
    for (const kind of ['png', 'svg', 'csv'] as const) {
      const name = await shareOf(el).download(kind);
      expect(name).to.equal(names[kind]);
    }
    expect(stubs.downloads.map((d) => d.name)).to.deep.equal([names.png, names.svg, names.csv]);
    const [png, svg, csv] = await Promise.all(stubs.downloads.map(async (d) => (await fetch(d.href)).blob()));
    expect([...new Uint8Array(await png!.slice(0, 8).arrayBuffer())]).to.deep.equal([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const svgText = await svg!.text();
    expect(new DOMParser().parseFromString(svgText, 'image/svg+xml').querySelector('parsererror')).to.equal(null);
    expect(svgText).to.contain('Kilde: NIBR');
    expect(await csv!.text()).to.contain('NIBR');
    expect(status(el)).to.equal('innsikt-employment-change-change-pct-1990-2002.csv er lastet ned');
  });

  it('restores its state from the page fragment when it connects', async () => {
    const before = location.hash;
    history.replaceState(null, '', '#top&inn-restored=view:table;indicator:rd-share;lang:en');
    try {
      const first: string[] = [];
      document.addEventListener('inn-ready', (e) => first.push((e as InnReadyEvent).detail.view), { once: true });
      const el = await mount({ src: FEED, indicator: 'commuting', view: 'chart', id: 'restored' });
      // It opened in the linked state: no first paint in the attributes' state.
      expect(first).to.deep.equal(['table']);
      expect(el.view).to.equal('table');
      expect(el.indicator).to.equal('rd-share');
      expect(el.getAttribute('lang')).to.equal('en');
      expect($(el, '[data-share="link"]')!.textContent!.trim()).to.equal('Copy link');
    } finally {
      history.replaceState(null, '', before || location.pathname + location.search);
    }
  });

  it('prints the chart with its table and source, controls hidden', async () => {
    const el = await mount({ src: FEED, indicator: 'employment-change', view: 'chart', period: '1990-2002' });
    expect($(el, '.print-table')).to.equal(null);
    window.dispatchEvent(new Event('beforeprint'));
    // Rendered synchronously: the browser lays out the print right after the event.
    expect($(el, '.print-table table')).to.exist;
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(el, '[part="share"]')!).display).to.equal('none');
    expect(getComputedStyle($(el, '[part="toolbar"]')!).display).to.equal('none');
    expect(getComputedStyle($(el, '.print-table')!).display).to.equal('block');
    expect(getComputedStyle($(el, '[part="source"]')!).display).to.not.equal('none');
    expect(getComputedStyle($(el, '[part="chart"]')!).display).to.not.equal('none');
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect($(el, '.print-table')).to.equal(null);
  });
});

describe('share/share-menu helpers', () => {
  it('download() clicks a temporary link with the file name', async () => {
    stubs = stub('ok');
    download('a.csv', new Blob(['x;y'], { type: 'text/csv' }));
    expect(stubs.downloads.map((d) => d.name)).to.deep.equal(['a.csv']);
    expect(await (await fetch(stubs.downloads[0]!.href)).text()).to.equal('x;y');
    expect(document.querySelector('a[download]')).to.equal(null);
  });

  it('copyText() falls back to a selection copy, then to manual', async () => {
    stubs = stub('refused');
    expect(await copyText('x')).to.equal('manual');
    stubs.restore();
    stubs = stub('ok');
    expect(await copyText('y')).to.equal('copied');
    expect(stubs.written).to.deep.equal(['y']);
    // Clipboard refused, selection copy allowed:
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('no')) } });
    document.execCommand = () => true;
    expect(await copyText('z')).to.equal('copied');
  });
});
