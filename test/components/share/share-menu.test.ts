import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { renderTable } from '../../../src/components/views/table-view.js';
import '../../../src/components/inn-indicator/define.js';
import { InnIndicator } from '../../../src/components/inn-indicator/inn-indicator.js';
import { resolveTheme } from '../../../src/components/theme.js';
import type { ViewModel } from '../../../src/indicators/view-model.js';
import type { ShareController } from '../../../src/components/share/controller.js';
import type { ShareHandle } from '../../../src/components/share/share-runtime.js';
import { connectShare, fragmentHasWidgetState, shareFailed } from '../../../src/components/share/loader.js';
import { copyText, download } from '../../../src/components/share/share-menu.js';
import { decodeState } from '../../../src/components/share/permalink.js';
import type { InnReadyEvent } from '../../../src/components/events.js';

const FEED = '/demo/data/innlandet.json';

/** Whether <inn-indicator> has the sharing modules integrated already (it then has `shareState`). */
const INTEGRATED = Object.getOwnPropertyDescriptor(InnIndicator.prototype, 'shareState') !== undefined;

interface Internals {
  model: ViewModel | undefined;
  chart: InnIndicator['chartHandle'];
  share: ShareHandle | undefined;
}

/**
 * <inn-indicator> with sharing wired the way the integration instructions describe (lazy chunk through the
 * loader, attachShare, print table, toolbar, waiting for a linked state), so that sharing is tested in a real
 * widget before it is integrated; once it is, this is <inn-indicator> unchanged. (`model`, `chart` and `share`
 * are private in the element: read here through a cast.)
 */
class SharingIndicator extends InnIndicator {
  private get internals(): Internals {
    return this as unknown as Internals;
  }
  override connectedCallback(): void {
    super.connectedCallback();
    if (INTEGRATED || this.internals.share) return;
    const source = { model: () => this.internals.model, chart: () => this.internals.chart, view: () => this.view, theme: () => resolveTheme(this) };
    void connectShare(this, source, () => this.performUpdate()).then((handle) => {
      this.internals.share = handle;
      this.requestUpdate();
    });
  }
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!INTEGRATED && !this.internals.share && !shareFailed() && fragmentHasWidgetState()) this.internals.model = undefined;
  }
  protected override render(): TemplateResult {
    if (INTEGRATED) return super.render();
    const { model, share } = this.internals;
    const table = () => (model && !model.empty ? renderTable(model, undefined, () => undefined) : nothing);
    return html`${super.render()}${share?.printTable(this.view, table) ?? nothing}${model && !model.empty && share ? share.render() : nothing}`;
  }
}
/** The widget's share controller. */
function shareOf(el: SharingIndicator): ShareController {
  return (el as unknown as Internals).share!.share;
}
customElements.define('inn-indicator-sharing', SharingIndicator);

async function mount(attrs: Record<string, string>): Promise<SharingIndicator> {
  const host = document.createElement('div');
  host.style.width = '720px';
  document.body.append(host);
  const el = document.createElement('inn-indicator-sharing') as SharingIndicator;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const ready = oneEvent(el, 'inn-ready');
  host.append(el);
  await ready;
  // The sharing chunk may arrive just after the first paint.
  await waitUntil(() => el.shadowRoot!.querySelector('[part="share"]'), 'share toolbar');
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const status = (el: Element) => $(el, '.share-status')!.textContent!.trim();

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
    value: { writeText: (t: string) => (clipboard === 'ok' ? (written.push(t), Promise.resolve()) : Promise.reject(new DOMException('denied', 'NotAllowedError'))) },
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

  it('has buttons with visible text in a labelled group, a polite live region, and passes axe', async () => {
    const el = await mount({ src: FEED, indicator: 'rd-share', view: 'table' });
    const group = $(el, '[part="share"] [role="group"]')!;
    expect(group.getAttribute('aria-label')).to.equal('Del og last ned');
    const labels = [...group.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(labels).to.deep.equal(['Last ned PNG', 'Last ned SVG', 'Last ned CSV', 'Kopier lenke', 'Kopier innbyggingskode']);
    expect($(el, '.share-status')!.getAttribute('aria-live')).to.equal('polite');
    await expect(el).to.be.accessible();
  });

  it('is keyboard operable: Tab reaches the buttons, Enter copies the link and the status says so', async () => {
    stubs = stub('ok');
    const el = await mount({ src: FEED, indicator: 'rd-share', view: 'kpi', id: 'fou' });
    $(el, '[data-share="csv"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('data-share')).to.equal('link');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el) === 'Lenke kopiert', 'status');
    expect(stubs.written).to.have.length(1);
    const link = new URL(stubs.written[0]!);
    expect(decodeState(link.hash, 'fou')).to.include({ indicator: 'rd-share', view: 'kpi', lang: 'nb' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await waitUntil(() => status(el) === 'Innbyggingskode kopiert', 'embed status');
    const code = stubs.written[1]!;
    const t = document.createElement('template');
    t.innerHTML = code;
    expect(t.content.querySelector('script')!.getAttribute('src')).to.match(/^https?:.*innsikt.*\.js$/);
    const copy = t.content.querySelector('inn-indicator-sharing')!;
    expect(copy.getAttribute('src')).to.equal(new URL(FEED, location.href).href);
    expect(copy.getAttribute('indicator')).to.equal('rd-share');
    expect(copy.getAttribute('view')).to.equal('kpi');
  });

  it('shows the text selected in a read-only field when the clipboard is refused', async () => {
    stubs = stub('refused');
    const el = await mount({ src: FEED, indicator: 'commuting', view: 'table' });
    $(el, '[data-share="embed"]')!.click();
    await waitUntil(() => $(el, '.share-manual-field'), 'manual field');
    const field = $<HTMLTextAreaElement>(el, '.share-manual-field')!;
    expect(field.readOnly).to.equal(true);
    expect(field.value).to.contain('<inn-indicator-sharing');
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
    for (const kind of ['png', 'svg', 'csv'] as const) {
      const name = await shareOf(el).download(kind);
      expect(name).to.equal(`innsikt-employment-change-change-pct-1990-2002.${kind}`);
    }
    expect(stubs.downloads.map((d) => d.name)).to.deep.equal(['png', 'svg', 'csv'].map((k) => `innsikt-employment-change-change-pct-1990-2002.${k}`));
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
