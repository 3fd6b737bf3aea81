import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LangElement } from '../lang-element.js';
import { property, state } from 'lit/decorators.js';
import { cssomStyle } from '../cssom-style.js';
import type { Dataset, Lang } from '../../data/types.js';
import { FeedError } from '../../data/errors.js';
import { LoadError, sharedLoader } from '../../data/loader.js';
import { feedName } from '../../data/feed-name.js';
import type { ViewModel, ViewRow } from '../../indicators/view-model.js';
import type { ChangeNotice } from '../../indicators/change-notice.js';
import { isIndicatorId } from '../../indicators/ids.js';
import { t } from '../../indicators/messages/element-text.js';
import type { ChartHandle } from '../../charts/render.js';
import type { GeoFeature } from '../../charts/geo.js';
import { InnErrorEvent, InnReadyEvent, InnSelectEvent, type InnErrorDetail } from '../events.js';
import type { SortKey, TableSort } from '../views/table-view.js';
import { SchemeController, resolveTheme, type ThemeName } from '../theme.js';
import { afterPaint } from '../after-paint.js';
import { readerNote } from '../reader-note.js';
import { hasPrerendered } from '../prerendered.js';
import { loadMapRuntime, loadViewRuntime, mapRuntime, viewRuntime, type ViewRuntime } from '../runtime-loader.js';
import { connectShare, fragmentHasWidgetState, shareFailed, type ShareHandle } from '../share/loader.js';
import type { WidgetState } from '../share/permalink.js';
import type { MapTimeController } from '../views/map-time-controller.js';

import { styles } from './inn-indicator.styles.js';

export type View = 'chart' | 'table' | 'map' | 'kpi' | 'multiples';
const VIEWS: readonly View[] = ['chart', 'table', 'map', 'kpi', 'multiples'];

let chartRuntime: Promise<typeof import('../../charts/render.js')> | undefined;
/** The Vega chart runtime arrives in its own chunk, only when a chart is about to be seen. */
function loadChartRuntime() {
  chartRuntime ??= import('../../charts/render.js');
  return chartRuntime;
}

/**
 * A User Timing mark each time a chart is on screen: `inn:chart-drawn` with `detail: { indicator, by }`, `by` being
 * `static` (the first paint of a bar chart) or `vega` (the interactive view). For measuring pages (the bench reads
 * them) without adding events that a page would have to tell apart from `inn-ready`. The first 100 per page.
 */
let marks = 0;
function markDrawn(indicator: string, by: 'static' | 'vega'): void {
  // The browser keeps every mark until the page clears them: a page that draws charts all day (a kiosk cycling
  // through views) would collect them. The first hundred are what measuring a page needs.
  if (++marks > 100) return;
  try {
    performance.mark('inn:chart-drawn', { detail: { indicator, by } });
  } catch {
    /* User Timing unavailable: nothing to measure with */
  }
}

/** How long a load may take before its loading box is drawn (grey, then pulsing). */
const SLOW_LOAD_MS = 300;

let uid = 0;

/** `industry:ict-services;type:personal` → `{ industry: 'ict-services', type: 'personal' }`. */
function parseDims(text: string): Record<string, string> | undefined {
  const out = Object.create(null) as Record<string, string>;
  for (const part of text.split(';')) {
    const i = part.indexOf(':');
    if (i > 0) out[part.slice(0, i).trim()] = part.slice(i + 1).trim();
  }
  return Object.keys(out).length ? out : undefined;
}

/** Small multiples show every year: `first/last` of the feed's years (undefined with fewer than two). */
function allYears(periods: readonly string[]): string | undefined {
  const years = periods.filter((p) => /^\d{4}$/.test(p));
  return years.length > 1 ? `${years[0]}/${years[years.length - 1]}` : undefined;
}

/** The error in the reader's language; the technical message (English, with paths) goes under "details". */
function errorText(e: InnErrorDetail, lang: Lang): string {
  if (e.kind === 'feed') return t(lang, 'err_feed');
  if (e.kind === 'render') return t(lang, 'err_render');
  switch (e.reason) {
    case 'http':
      if (e.status === 404) return t(lang, 'err_http404');
      if (e.status === 429) {
        const n = e.retryAfter;
        if (n === undefined) return t(lang, 'err_http429');
        // The loader gives whole seconds, at most an hour; two minutes and more read as minutes.
        const wait = n === 1 ? t(lang, 'oneSecond') : n < 120 ? t(lang, 'nSeconds', { n }) : t(lang, 'nMinutes', { n: Math.ceil(n / 60) });
        return t(lang, 'err_http429wait', { wait });
      }
      return t(lang, e.status !== undefined && e.status >= 500 ? 'err_http5xx' : 'err_http', { status: String(e.status ?? '') });
    case 'timeout':
      return t(lang, 'err_timeout');
    case 'network':
      return t(lang, 'err_network');
    case 'content-type':
      return t(lang, 'err_content');
    case 'too-large':
      return t(lang, 'err_large');
    case 'aborted':
      return t(lang, 'err_aborted');
    default:
      return t(lang, 'err_invalid');
  }
}

/** The widget's title as a heading of the page's outline at `level` (1–6; anything else: 2). */
function heading(level: number, id: string, text: string): TemplateResult {
  switch (Math.round(level)) {
    case 1:
      return html`<h1 id=${id} class="title" tabindex="-1">${text}</h1>`;
    case 3:
      return html`<h3 id=${id} class="title" tabindex="-1">${text}</h3>`;
    case 4:
      return html`<h4 id=${id} class="title" tabindex="-1">${text}</h4>`;
    case 5:
      return html`<h5 id=${id} class="title" tabindex="-1">${text}</h5>`;
    case 6:
      return html`<h6 id=${id} class="title" tabindex="-1">${text}</h6>`;
    default:
      return html`<h2 id=${id} class="title" tabindex="-1">${text}</h2>`;
  }
}

/**
 * One regional indicator from a feed, as a chart, table, map or key figure, with a summary sentence and the source.
 *
 * @summary An embeddable chart, table, map or key figure for one of Innlandet's regional indicators.
 *
 * @fires inn-ready - The view is drawn (after a load, a retry or a user change). `detail: { indicator, view, rows }`.
 * @fires inn-error - The feed could not be loaded or read. `detail: { message, kind, issues, src, status }`.
 * @fires inn-select - The user changed the view, measure, period or region. `detail: { change, regions, period, view, measure }`.
 *
 * @slot - Fallback content (a static table, an image, a link) shown until the element upgrades and when JavaScript is off.
 *
 * @csspart base - The outer frame (while the first feed loads: the reserved loading box).
 * @csspart header - Title and subtitle.
 * @csspart toolbar - View switcher and pickers.
 * @csspart chart - The chart container.
 * @csspart table - The table view.
 * @csspart map - The map view.
 * @csspart kpi - The key-figure view.
 * @csspart summary - The summary sentence.
 * @csspart source - The source line and notes.
 * @csspart tooltip - The chart tooltip.
 * @csspart share - The sharing toolbar: download PNG, SVG and CSV, copy link, copy embed code (hidden by `no-share`).
 *
 * @attr lang - `nb` (default), `nn` or `en`; otherwise the nearest ancestor's `lang`.
 *
 * @cssprop --inn-color-text - Text colour.
 * @cssprop --inn-color-muted - Secondary text: axis labels, notes, sources.
 * @cssprop --inn-color-grid - Grid lines.
 * @cssprop --inn-color-border - Borders and rules.
 * @cssprop --inn-color-background - Background (transparent by default so the widget sits on the host page).
 * @cssprop --inn-color-accent - Colour of the regions in focus.
 * @cssprop --inn-color-comparison - Colour of the comparison region (Norway by default).
 * @cssprop --inn-color-series-1 - Categorical colour 1 (colour-blind-safe palette; also -2 … -6).
 * @cssprop --inn-color-series-2 - Categorical colour 2.
 * @cssprop --inn-color-series-3 - Categorical colour 3.
 * @cssprop --inn-color-series-4 - Categorical colour 4.
 * @cssprop --inn-color-series-5 - Categorical colour 5.
 * @cssprop --inn-color-series-6 - Categorical colour 6.
 * @cssprop --inn-color-seq-1 - Map colour 1 (lowest class).
 * @cssprop --inn-color-seq-2 - Map colour 2.
 * @cssprop --inn-color-seq-3 - Map colour 3.
 * @cssprop --inn-color-seq-4 - Map colour 4.
 * @cssprop --inn-color-seq-5 - Map colour 5 (highest class).
 * @cssprop --inn-color-focus - Focus ring.
 * @cssprop --inn-font-family - Font (by default the page's, inherited; no web fonts are loaded).
 * @cssprop --inn-font-size - Base font size.
 * @cssprop --inn-space - Gap between the widget's parts.
 * @cssprop --inn-radius - Corner radius of buttons and pickers.
 */
export class InnIndicator extends LangElement {
  static override styles = styles;

  /** Feed URL: an Innsikt feed v1, JSON-stat 2.0 (e.g. a Statistics Norway PxWebApi v2 URL) or CSV. */
  @property({ reflect: true }) src = '';
  /** One of `value-creation`, `rd-share`, `commuting`, `state-transfers`, `employment-change`. */
  @property({ reflect: true }) indicator = '';
  /** `chart` (default), `table`, `map`, `kpi` or `multiples` (one small chart per region, on one scale). */
  @property({ reflect: true }) view: View = 'chart';
  /** Regions in focus: one or more codes separated by spaces or commas (`34`, `0529 0542`). Empty: all. */
  @property({ reflect: true }) region = '';
  /** Comparison region (`0` Norway, `34` Innlandet). Defaults to the indicator's usual comparison. */
  @property({ reflect: true }) compare = '';
  /** A period (`2000`, `1990-2002`) or a range (`1998/2005`). Default: the latest with data. */
  @property({ reflect: true }) period = '';
  /** Measure code within the indicator. Default: the indicator's main measure. */
  @property({ reflect: true }) measure = '';
  /**
   * Comparison mode: `level` (default), `per-capita` (when the figures have a population measure), `relative`
   * (comparison region = 100), `index` (base period = 100, see `base`) or `rank` (among the regions shown). A mode
   * the figures cannot support shows levels. Derived figures are marked as such in the table, CSV and summary.
   */
  @property({ reflect: true }) mode = '';
  /** The index mode's base period (default: the first period with figures). */
  @property({ reflect: true }) base = '';
  /** A comparison group (codes separated by spaces or commas): offers the `peers` mode, with the group's average. */
  @property({ reflect: true }) peers = '';
  /** Categories of other dimensions, `dimension:code` separated by `;` (e.g. `industry:ict-services`). Default: each dimension's total. */
  @property({ reflect: true }) dims = '';
  /** `auto` (follows the page: dark only where the background behind the widget is dark), `light` or `dark`. */
  @property({ reflect: true }) theme: ThemeName = 'auto';
  /** Map borders: a GeoJSON or TopoJSON URL (EPSG:25833, EPSG:32633 and WGS84 are understood). Without it, a tile map. */
  @property({ attribute: 'geo-src', reflect: true }) geoSrc = '';
  /** The level of the widget's title in the page's outline, 1–6 (default 2: an `<h2>`). */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;
  /** Hides the view switcher and pickers. */
  @property({ attribute: 'no-toolbar', type: Boolean, reflect: true }) noToolbar = false;
  /** Hides the sharing toolbar (downloads, copy link, copy embed code). Printing still adds the table. */
  @property({ attribute: 'no-share', type: Boolean, reflect: true }) noShare = false;
  /** A feed object (Innsikt feed v1 or JSON-stat) instead of `src`. */
  @property({ attribute: false }) data: unknown = undefined;
  /**
   * For a page that owns its address (demo/chart.html): returns the link "Kopier lenke" copies for the widget's
   * state, so that the widget's link and the page's permanent link agree. Unset: the page's address with the
   * widget's state in the fragment.
   */
  declare linkFor: ((state: WidgetState) => string | undefined) | undefined;
  /** Hides the "Nye tall …" notice of the feed's last update. */
  @property({ attribute: 'no-changes', type: Boolean, reflect: true }) noChanges = false;
  /** How many days after an update its notice shows (default 30). */
  @property({ attribute: 'changes-days', type: Number, reflect: true }) changesDays = 30;
  /** The day the page is viewed, for the notice (default: today); for tests and previews. */
  @property({ attribute: false }) now: Date | undefined = undefined;

  @state() private feedData: Dataset | undefined;
  @state() private error: InnErrorDetail | undefined;
  @state() private loading = false;
  /**
   * Whether the load has taken a while: only then is the loading box drawn grey (and pulsing). A fast load goes
   * straight from the reserved space to the figures, without painting a placeholder first (why: docs/decisions.md).
   */
  @state() private slowLoad = false;
  private slowTimer: ReturnType<typeof setTimeout> | undefined;
  /** Near the viewport (a chart is drawn only then) and the widget's width: read in `updated()`. */
  private visible = false;
  private width = 0;
  @state() private geo: GeoFeature[] | undefined;
  /** Whom the borders must credit (`Kartverket`), when the file is theirs. */
  @state() private geoCredit: string | undefined;
  @state() private sort: TableSort | undefined;
  @state() private chartError: string | undefined;
  /** A reload failed while earlier figures are on screen: they stay, marked as not up to date. */
  @state() private stale: InnErrorDetail | undefined;
  /** True once the current chart is drawn: the skeleton goes away. */
  @state() private chartDrawn = false;

  private model: ViewModel | undefined;
  private modelInputs: unknown[] = [];
  private themeSeen: ReturnType<typeof resolveTheme> | undefined;
  /** Light or dark, from `theme` and (for `auto`) the page behind the widget. */
  private readonly scheme = new SchemeController(this, this.attachInternals());
  private chart: ChartHandle | undefined;
  private chartToken = 0;
  private loadController: AbortController | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private intersectionObserver: IntersectionObserver | undefined;
  private readonly ids = `inn-${++uid}`;
  private readyKey = '';
  private retrying = false;
  /** Sharing (toolbar, permalinks, print table): a lazily loaded chunk, attached once it has arrived. */
  private share: ShareHandle | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      // The height reserved while loading is kept as the widget's least height once the figures are in (no jump up).
      if (!this.framed) this.reservedHeight = entries[0]?.contentRect.height ?? 0;
      // Style and layout are up to date here, so reading the theme costs nothing; later, with other widgets
      // changed, it forces a layout of the page (each widget is a size container).
      this.themeSeen = resolveTheme(this);
      // Ignore sub-pixel jitter; a chart is redrawn only when its width really changed. (Before there is anything to
      // draw, the loading state does not depend on it: no re-render.)
      if (Math.abs(w - this.width) >= 4) {
        // A new width (a turned phone, a resized window): what was reserved for the old one no longer applies.
        // Its release changes the widget's height, so it is drawn in the next frame: changed inside this callback,
        // the size would be observed again before the frame ends (a "ResizeObserver loop" error).
        const released = this.framed && this.width > 0 && this.reservedHeight > 0;
        if (this.framed && this.width > 0) this.reservedHeight = 0;
        this.width = w;
        if (this.model && released) requestAnimationFrame(() => this.requestUpdate());
        else if (this.model) this.requestUpdate();
      }
    });
    this.resizeObserver.observe(this);
    this.intersectionObserver = new IntersectionObserver(
      (entries) => {
        // Not within 200 px of the viewport: what is reserved for the figures can go without moving anything on screen
        // (below the viewport nothing visible follows it; above it, the browser's scroll anchoring keeps the view still).
        this.offscreen = !entries.some((e) => e.isIntersecting);
        if (this.offscreen && this.model && this.reservedHeight > 0) {
          this.releaseOffscreenRoom();
          this.requestUpdate();
        }
        if (!this.offscreen && !this.visible) {
          this.visible = true;
          if (this.model) this.requestUpdate();
          // A chart near the viewport that has no first paint of its own (lines, stacked or grouped bars): the chart
          // runtime loads now, alongside the feed. Bar charts are drawn without it and load it once drawn.
          if (this.view === 'chart' && this.model && !viewRuntime()?.hasStaticChart(this.model)) loadChartRuntime().catch(() => {});
        }
        // Watched on while a drawn widget on screen still keeps room reserved: it goes when the reader scrolls away.
        if (this.visible && this.framed && this.reservedHeight === 0) this.intersectionObserver?.disconnect();
      },
      { rootMargin: '200px' },
    );
    this.intersectionObserver.observe(this);
    window.addEventListener('beforeprint', this.beforePrint);
    // Until there is a feed, the loading state does not depend on the view runtime: no re-render when it arrives.
    if (!viewRuntime())
      void loadViewRuntime().then(
        () => {
          if (this.feedData) this.requestUpdate();
        },
        (err: unknown) => this.fail(err),
      );
    if (this.feedData === undefined && !this.loading) this.requestLoad();
  }

  private shareAttaching: Promise<ShareHandle | undefined> | undefined;
  /**
   * Loads and attaches the sharing code (permalinks, the print table, what the toolbar's buttons do), once per
   * element. The buttons themselves are drawn with the widget (view runtime), so nothing moves when it arrives.
   */
  private attachShare(): Promise<ShareHandle | undefined> {
    if (this.share) return Promise.resolve(this.share);
    this.shareAttaching ??= connectShare(
      this,
      { model: () => this.model, chart: () => this.chart, view: () => this.view, theme: () => resolveTheme(this) },
      () => this.performUpdate(),
    ).then((handle) => {
      this.share = handle;
      this.requestUpdate();
      return handle;
    });
    return this.shareAttaching;
  }

  /** What a sharing button does; pressed before the sharing code has arrived, it waits for it. */
  private shareAction(action: (handle: ShareHandle) => unknown): void {
    void this.attachShare().then((handle) => handle && action(handle));
  }

  /**
   * Printing draws every chart, also those never scrolled into view (else they print as grey boxes): a bar chart is
   * drawn there and then (its first paint needs no chart runtime), before the browser lays out the printed page.
   */
  private readonly beforePrint = (): void => {
    if (this.visible) return;
    this.visible = true;
    this.intersectionObserver?.disconnect();
    if (this.model && this.view === 'chart') {
      this.requestUpdate();
      this.performUpdate();
    }
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.beforePrint);
    this.resizeObserver?.disconnect();
    this.intersectionObserver?.disconnect();
    this.loadController?.abort();
    this.loadController = undefined;
    this.setLoading(false);
    this.chartToken++;
    this.chart?.finalize();
    this.chart = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('src') || changed.has('data')) && this.isConnected && (changed.get('src') !== undefined || changed.get('data') !== undefined)) {
      this.requestLoad();
    }
    if (changed.has('geoSrc') && this.geoSrc) void this.loadGeo();
    if (!VIEWS.includes(this.view)) this.view = 'chart';
    if (this.view !== 'map') this.mapTime?.player.stop();
    // Small multiples are offered in the toolbar once the page (or a link) has asked for them.
    if (this.view === 'multiples') this.offerMultiples = true;
    if (this.view === 'map' && !mapRuntime() && !this.error) this.requestMap();
    const rt = viewRuntime();
    // A link with this widget's state: wait for the sharing chunk (it restores the state) rather than draw twice.
    const awaitingLink = !this.share && !shareFailed() && fragmentHasWidgetState();
    if (awaitingLink) void this.attachShare();
    // Rebuilt only when what it is built from changed: building it is the costly part of an update.
    const inputs = [
      rt,
      this.feedData,
      this.error,
      awaitingLink,
      this.indicator,
      this.measure,
      this.region,
      this.compare,
      this.period,
      this.dims,
      this.mode,
      this.base,
      this.peers,
      this.uiLang,
    ];
    if (inputs.some((v, i) => v !== this.modelInputs[i]) || changed.has('view')) {
      // Another selection or view (by the reader or the page): the room reserved for the first one no longer applies.
      if (this.framed && this.modelInputs.length) this.reservedHeight = 0;
    }
    if (inputs.some((v, i) => v !== this.modelInputs[i])) {
      this.modelInputs = inputs;
      this.nearestNote = undefined;
      this.model = rt && this.feedData && !this.error && !awaitingLink ? this.buildModel(rt, this.feedData) : undefined;
    }
    if (this.model) this.releaseOffscreenRoom();
  }

  /**
   * Figures drawn while the widget is away from the viewport keep no room reserved for them: the reservation only
   * keeps content on screen from moving, and below a short chart at 320 px it left ~150 px of empty room.
   */
  private releaseOffscreenRoom(): void {
    if (this.offscreen && this.reservedHeight > 0) this.reservedHeight = 0;
  }

  /**
   * The model of the selection; when the selection has no figures, the nearest figures there are (another period, or
   * the areas that have figures), with a note saying so ({@link nearestNote}): never an empty box, never a dead end.
   */
  private buildModel(rt: ViewRuntime, ds: Dataset): ViewModel {
    const sel = this.selection(ds);
    const model = rt.buildViewModel(ds, sel);
    const nearest = rt.nearestFigures(ds, sel, model, (s) => rt.buildViewModel(ds, s));
    if (!nearest) return model;
    this.nearestNote = nearest.note;
    return nearest.model;
  }

  /** The selection the attributes make. */
  private selection(ds: Dataset) {
    return {
      indicator: this.indicator || ds.indicators[0]?.id || '',
      measure: this.measure || undefined,
      regions: this.region.split(/[\s,]+/).filter(Boolean),
      compare: this.compare || undefined,
      period: this.period || (this.view === 'multiples' ? allYears(ds.periods) : undefined),
      dims: parseDims(this.dims),
      mode: this.mode || undefined,
      base: this.base || undefined,
      peers: this.peers ? this.peers.split(/[\s,]+/).filter(Boolean) : undefined,
      lang: this.uiLang,
    };
  }

  /** The map's time slider (from the map's chunk, created with the first map): see map-time-controller.ts. */
  private mapTime: MapTimeController | undefined;

  /** Whether the figures have areas a map of Innlandet can draw (its municipalities or planning regions). */
  private mappable(model: ViewModel): boolean {
    return model.rows.some((r) => /^(04|05|34)\d\d$/.test(r.region) || r.region.startsWith('R-'));
  }

  private offerMultiples = false;
  /** How the small multiples are sorted: by the latest value (default) or by the change over the span. */
  @state() private multiplesSort: 'latest' | 'change' = 'latest';

  /** Set when the figures shown are the nearest to a selection that has none: what is shown instead, in words. */
  private nearestNote: string | undefined;

  /** Loads `src` (through the page-wide loader: one request per URL) or reads `data`. */
  private requestLoad(): void {
    this.loadController?.abort();
    this.error = undefined;
    if (this.data !== undefined && this.data !== null) {
      const data = this.data;
      void loadViewRuntime()
        .then((rt) => rt.parseFeed(data))
        .then(
          (ds) => {
            if (data === this.data) this.feedData = ds;
          },
          (err: unknown) => {
            if (data !== this.data) return;
            // Anything but a FeedError is the reader failing on odd input: to the reader, still a feed that cannot be read.
            this.fail(
              err instanceof FeedError ? err : new LoadError('invalid', `The feed could not be read: ${String(err)}`, this.src, undefined, undefined, err),
            );
          },
        );
      return;
    }
    if (!this.src) {
      this.feedData = undefined;
      return;
    }
    const controller = new AbortController();
    this.loadController = controller;
    this.setLoading(true);
    const reload = this.retrying;
    this.retrying = false;
    sharedLoader.load(this.src, { signal: controller.signal, reload }).then(
      (ds) => {
        if (controller.signal.aborted) return;
        this.setLoading(false);
        this.stale = undefined;
        this.feedData = ds;
      },
      (err) => {
        if (controller.signal.aborted) return;
        this.setLoading(false);
        if (reload && this.feedData) {
          // Better the last good figures, clearly marked, than a blank box.
          this.fail(err, true);
          return;
        }
        this.feedData = undefined;
        this.fail(err);
      },
    );
  }

  private setLoading(on: boolean): void {
    this.loading = on;
    clearTimeout(this.slowTimer);
    this.slowTimer = on ? setTimeout(() => (this.slowLoad = true), SLOW_LOAD_MS) : undefined;
    if (!on && this.slowLoad) this.slowLoad = false;
  }

  private fail(err: unknown, keepData = false): void {
    const detail: InnErrorDetail =
      err instanceof FeedError
        ? { kind: 'feed', message: err.message, issues: err.issues }
        : err instanceof LoadError
          ? {
              kind: 'load',
              reason: err.kind,
              message: err.message,
              issues: [],
              ...(err.status !== undefined ? { status: err.status } : {}),
              ...(err.retryAfter !== undefined ? { retryAfter: err.retryAfter } : {}),
            }
          : { kind: 'render', message: err instanceof Error ? err.message : String(err), issues: [] };
    if (this.src) detail.src = this.src;
    if (keepData) this.stale = detail;
    else this.error = detail;
    console.error(`<inn-indicator${this.indicator ? ` indicator="${this.indicator}"` : ''}>: ${detail.message}`, detail.issues);
    this.dispatchEvent(new InnErrorEvent(detail));
  }

  private mapRequest: Promise<void> | undefined;
  /** Loads the map view's chunk (with the view runtime, when the widget starts as a map), then draws again. */
  private requestMap(): void {
    this.mapRequest ??= loadMapRuntime().then(
      () => this.requestUpdate(),
      (err: unknown) => {
        // Shown as the widget's error; its retry button asks again (and, with the download failed, says so again).
        this.mapRequest = undefined;
        this.fail(err);
      },
    );
  }

  private async loadGeo(): Promise<void> {
    const url = this.geoSrc;
    try {
      // Through the page-wide loader: a dashboard with five maps downloads the border file once.
      const [bytes, map] = await Promise.all([sharedLoader.bytes(url), loadMapRuntime()]);
      const doc: unknown = JSON.parse(new TextDecoder().decode(bytes));
      const geo = map.parseGeo(doc);
      if (url === this.geoSrc) {
        this.geo = geo;
        this.geoCredit = map.geoCredit(doc, url);
      }
    } catch (err) {
      // Borders are an enhancement: the tile map stays, and the console says why.
      console.warn(`<inn-indicator>: map borders from ${url} could not be used (${String(err)}); showing the tile map.`);
      this.geo = undefined;
      this.geoCredit = undefined;
    }
  }

  private retry = (): void => {
    // The retry button goes away with the error: keep the keyboard in the widget, on its heading.
    const hadFocus = (this.renderRoot as ShadowRoot).activeElement?.classList.contains('retry') === true;
    this.retrying = true;
    this.readyKey = '';
    this.requestLoad();
    if (hadFocus) this.renderRoot.querySelector<HTMLElement>('.title')?.focus();
  };

  /**
   * Downloads the feed again (e.g. on a schedule, after the figures were updated). If that fails, the figures
   * already shown stay, marked as not up to date, and `inn-error` fires.
   */
  reload(): void {
    this.retry();
  }

  private select(change: 'view' | 'measure' | 'period' | 'region' | 'dims' | 'mode' | 'base', value: string): void {
    if (change === 'mode') this.mode = value;
    else if (change === 'base') this.base = value;
    else if (change === 'dims') this.dims = value;
    else if (change === 'view') this.view = value as View;
    else if (change === 'measure') this.measure = value;
    else if (change === 'period') this.period = value;
    else this.region = value;
    const detail = {
      change: change === 'dims' || change === 'mode' || change === 'base' ? ('measure' as const) : change,
      indicator: this.indicator,
      view: this.view,
      measure: this.measure,
      period: this.period,
      regions: this.region.split(/[\s,]+/).filter(Boolean),
    };
    this.dispatchEvent(new InnSelectEvent(detail));
  }

  private onSort = (key: SortKey): void => {
    const dir = this.sort?.key === key && this.sort.dir === 'ascending' ? 'descending' : 'ascending';
    this.sort = { key, dir };
  };

  private shareScheduled = false;

  protected override updated(): void {
    const rt = viewRuntime();
    const root = this.renderRoot as ShadowRoot;
    const model = this.model;
    // The map's sheet arrives with the map's chunk and the toolbar's with the view runtime; each is added with its
    // first drawing (only then: a new sheet makes the browser match every rule in the widget again).
    const map = this.view === 'map' ? mapRuntime() : undefined;
    if (rt && map) rt.adoptStyles(root, map.mapStyles, 'map');
    if (rt && model && !this.noShare) rt.adoptStyles(root, rt.shareStyles, 'share');
    if (rt && this.view === 'multiples') rt.adoptStyles(root, rt.multiplesStyles, 'multiples');
    // The sharing code is not needed to draw: it loads once the page has drawn.
    if (model && !this.shareScheduled) {
      this.shareScheduled = true;
      void afterPaint().then(() => {
        if (this.isConnected) void this.attachShare();
      });
    }
    if (!model || model.empty || this.error) {
      this.dropChart();
      // An empty selection is drawn too ("Ingen tall for Lesja."): tell the page, with rows: 0.
      if (model?.empty && !this.error) this.announceReady({ ...model, rows: [] });
      return;
    }
    if (this.view === 'chart') {
      if (this.visible && this.width > 0) void this.drawChart(model);
    } else {
      this.dropChart();
      // A map is ready when its chunk has arrived and drawn it (requestMap() draws again then).
      if (this.view !== 'map' || map) this.announceReady(model);
    }
  }

  private dropChart(): void {
    this.chartToken++;
    this.chart?.finalize();
    this.chart = undefined;
    this.chartKey = '';
    if (this.chartDrawn) this.chartDrawn = false;
  }

  private chartKey = '';
  private async drawChart(model: ViewModel): Promise<void> {
    const dark = this.scheme.dark;
    // Once per drawing (a draw in progress counts).
    const key = `${JSON.stringify(model.rows)}|${model.chart}|${model.lang}|${this.width}|${dark}`;
    if (this.chartToken + key === this.chartKey) return;
    const token = ++this.chartToken;
    this.chartKey = token + key;
    const theme = this.themeSeen?.name === (dark ? 'dark' : 'light') ? this.themeSeen : resolveTheme(this);
    const width = Math.max(280, this.width - 2);
    const description = viewRuntime()!.summarize(model);
    // First paint: a bar chart is drawn now, without the chart runtime (static-bars.ts); the Vega view replaces it
    // below, once drawn. Only when no Vega view is showing: a redraw of one (new width, theme) goes straight to Vega.
    const first = this.renderRoot.querySelector<HTMLElement>('.chart-canvas');
    if (!this.chart && first && viewRuntime()!.drawStaticChart(first, model, theme, { width, description })) {
      markDrawn(model.indicator, 'static');
      if (!this.chartDrawn) this.chartDrawn = true;
    }
    try {
      const runtime = await (this.chartDrawn && !this.chart ? afterPaint().then(loadChartRuntime) : loadChartRuntime());
      const container = this.renderRoot.querySelector<HTMLElement>('.chart-canvas');
      if (token !== this.chartToken || !container) return;
      const handle = await runtime.renderChart(container, model, theme, {
        width,
        tooltipRoot: this.renderRoot as ShadowRoot,
        description,
        onSelect: (region) => this.select('region', region),
        ...this.chartFigures(model),
      });
      // A newer render (or a disconnect) superseded this one: drop it without leaking the view.
      if (token !== this.chartToken) {
        handle.finalize();
        return;
      }
      this.chart?.finalize();
      this.chart = handle;
      this.chartError = undefined;
      this.chartDrawn = true;
      markDrawn(model.indicator, 'vega');
      this.announceReady(model);
    } catch (err) {
      if (token !== this.chartToken) return;
      this.chartKey = '';
      this.chartError = err instanceof Error ? err.message : String(err);
      this.fail(err);
    }
  }

  private announceReady(model: ViewModel): void {
    const key = `${this.view}|${model.indicator}|${model.measure}|${model.mode ?? ''}${model.base ?? ''}|${model.shownPeriods.join()}|${model.rows.length}|${model.lang}`;
    if (key === this.readyKey) return;
    this.readyKey = key;
    this.dispatchEvent(new InnReadyEvent({ indicator: model.indicator, view: this.view, rows: model.rows.length }));
  }

  /**
   * The state a link to this widget holds (indicator, view, regions, comparison, period, measure, language), with
   * defaults filled in from the figures shown; undefined until the sharing code has loaded.
   */
  get shareState(): WidgetState | undefined {
    return this.share?.state();
  }

  /** The Vega view of the chart, when one is drawn (for downloads and tests). */
  get chartHandle(): ChartHandle | undefined {
    return this.chart;
  }

  protected override render(): TemplateResult {
    const lang = this.uiLang;
    const model = this.model;
    const title = model?.title ?? (isIndicatorId(this.indicator) ? '' : this.indicator);
    // While the feed loads, one reserved box and a status message: the full widget (header, toolbar, body) is built
    // once, when there is something to show (why: docs/decisions.md).
    // (Only the first time: once the widget has shown something, a reload keeps its frame, and the keyboard focus in it.)
    if (!model && !this.error && this.hasSource() && !this.framed) return this.renderLoading(lang, true);
    this.framed = true;
    return html`<article
      part="base"
      class="base view-${this.view}"
      lang=${lang}
      style=${cssomStyle({ minHeight: this.reservedHeight ? `${this.reservedHeight}px` : undefined })}
      aria-labelledby="${this.ids}-title"
      aria-busy=${this.loading ? 'true' : 'false'}
    >
      <header part="header">
        ${heading(this.headingLevel, `${this.ids}-title`, title || this.feedData?.title || (this.error ? feedName(this.src) || t(lang, 'errorTitle') : t(lang, 'loading')))}
        ${
          model && !model.empty
            ? html`<p class="subtitle">${model.subtitle}</p>
                ${viewRuntime()!.renderChangesNotice(this.changes(model))}`
            : nothing
        }
      </header>
      ${this.renderToolbar(model, lang)} ${this.renderBody(model, lang)}
    </article>`;
  }

  private renderToolbar(model: ViewModel | undefined, lang: Lang): TemplateResult | typeof nothing {
    if (this.noToolbar || !model) return nothing;
    return html`<div part="toolbar" class="toolbar">
      <div class="views" role="group" aria-label=${t(lang, 'viewGroup')}>
        ${VIEWS.filter((v) => (v !== 'map' || !model.regionless) && (v !== 'multiples' || this.offerMultiples)).map(
          (v) =>
            html`<button type="button" class="view-button" aria-pressed=${this.view === v ? 'true' : 'false'} @click=${() => this.select('view', v)}>
              ${t(lang, `view_${v}`)}
            </button>`,
        )}
      </div>
      ${
        model.measures.length > 1
          ? html`<label class="picker"
              >${t(lang, 'measure')}
              <select @change=${(e: Event) => this.select('measure', (e.target as HTMLSelectElement).value)}>
                ${model.measures.map((m) => html`<option value=${m.code} ?selected=${m.code === model.measure}>${m.label}</option>`)}
              </select></label
            >`
          : nothing
      }
      ${model.filters.map(
        (f) =>
          html`<label class="picker"
            >${f.label}
            <select
              @change=${(e: Event) => {
                const others = model.filters.filter((x) => x !== f).map((x) => `${x.dimension}:${x.selected}`);
                this.select('dims', [...others, `${f.dimension}:${(e.target as HTMLSelectElement).value}`].join(';'));
              }}
            >
              ${f.categories.map((c) => html`<option value=${c.code} ?selected=${c.code === f.selected}>${c.label}</option>`)}
            </select></label
          >`,
      )}
      ${viewRuntime()!.renderModePicker(model, lang, (change, value) => this.select(change, value))}
      ${
        // A drawn map has its own time slider instead.
        model.periods.length > 1 && model.chart !== 'index-lines' && !(this.view === 'map' && this.mappable(model))
          ? html`<label class="picker"
              >${t(lang, 'period')}
              <select @change=${(e: Event) => this.select('period', (e.target as HTMLSelectElement).value)}>
                ${[...model.periods].reverse().map((p) => html`<option value=${p} ?selected=${model.shownPeriods.includes(p)}>${p.replace('-', '–')}</option>`)}
              </select></label
            >`
          : nothing
      }
    </div>`;
  }

  /** What changed in the feed's last update, when it is recent and the webmaster has not turned the notice off. */
  private changes(model: ViewModel): ChangeNotice | undefined {
    return this.noChanges ? undefined : viewRuntime()!.widgetNotice(this.renderRoot as ShadowRoot, this.feedData, model, this.changesDays, this.now);
  }

  /** A chart's figures open their source cards (click, or Enter and Space on the focused mark). */
  private chartFigures(model: ViewModel) {
    const marks = this.marks(viewRuntime()!, model);
    return { onFigure: marks.onChartFigure, figureHint: marks.figureHint };
  }

  private marks(rt: ViewRuntime, model: ViewModel) {
    return rt.figureMarks(this.renderRoot as ShadowRoot, this.feedData, model, this.changes(model));
  }

  private hasSource(): boolean {
    return !!this.src || (this.data !== undefined && this.data !== null);
  }

  /** Whether the widget's frame (header, toolbar, body) has been rendered: from then on it stays. */
  private framed = false;
  /**
   * The height the loading box took: the drawn widget keeps it as its least height until the reader changes something,
   * so that content below does not move up when the figures take less room than was reserved (a layout shift too).
   */
  private reservedHeight = 0;
  /** The intersection observer's last word: the widget is not within 200 px of the viewport. */
  private offscreen = false;

  /**
   * The loading state: the view's height reserved, with a status for screen readers; after {@link SLOW_LOAD_MS} a
   * grey box that starts to pulse half a second later. `inBody`: only the view is waiting (for the map's chunk), inside
   * a widget already drawn: no fallback content from the page then.
   */
  private renderLoading(lang: Lang, alone = false, inBody = false): TemplateResult {
    const prerendered = !inBody && hasPrerendered(this);
    return html`<div
      part=${alone ? 'base' : nothing}
      class="state loading ${alone ? 'whole ' : ''}${prerendered ? 'prerendered ' : this.slowLoad ? 'skeleton ' : ''}skeleton-${this.view}"
      role="status"
      aria-busy=${alone ? 'true' : nothing}
    >
      <span class="visually-hidden">${t(lang, 'loading')}</span>
      ${inBody ? nothing : html`<slot></slot>`}
    </div>`;
  }

  private renderBody(model: ViewModel | undefined, lang: Lang): TemplateResult {
    if (this.error) {
      const e = this.error;
      return html`<div class="state error" role="alert">
        <p class="error-title">${t(lang, 'errorTitle')}</p>
        <p class="error-message">${errorText(e, lang)}</p>
        <details class="error-details" ?open=${e.kind === 'feed' && e.issues.length <= 3}>
          <summary>${e.issues.length > 1 ? t(lang, 'errorDetails', { n: String(e.issues.length) }) : t(lang, 'technicalDetails')}</summary>
          <p>${e.message}</p>
          ${
            e.issues.length
              ? html`<ul>
                  ${e.issues.slice(0, 20).map((i) => html`<li><code>${i.path}</code>: ${i.message}</li>`)}
                </ul>`
              : nothing
          }
        </details>
        ${this.src || this.data ? html`<button type="button" class="retry" @click=${this.retry}>${t(lang, 'retry')}</button>` : nothing}
      </div>`;
    }
    if (!model) {
      if (!this.hasSource())
        return html`<div class="state empty">
          <p>${t(lang, 'noSource')}</p>
          <slot></slot>
        </div>`;
      return this.renderLoading(lang);
    }
    if (model.empty) return html`<div class="state empty" role="status"><p>${model.empty}</p></div>`;
    const rt = viewRuntime()!;
    const map = this.view === 'map' ? mapRuntime() : undefined;
    const summary = rt.summarize(model);
    const source = rt.sourceLine(model);
    const notes = source.notes.map(readerNote).filter((n): n is string => n !== undefined);
    return html`
      ${this.nearestNote ? html`<p class="nearest" role="status">${this.nearestNote}</p>` : nothing}
      <div class="body">
        ${
          this.view === 'chart'
            ? html`<figure class="chart" part="chart" style=${cssomStyle({ minHeight: `${rt.chartHeight(model)}px` })}>
                <div class="chart-canvas" role="img" aria-label=${`${model.title}: ${model.subtitle}`} aria-describedby="${this.ids}-summary"></div>
                ${!this.chartDrawn && !this.chartError ? html`<div class="skeleton chart-skeleton" aria-hidden="true"></div>` : nothing}
              </figure>`
            : this.view === 'table'
              ? rt.renderTable(model, this.sort, this.onSort, this.marks(rt, model))
              : this.view === 'map'
                ? !this.mappable(model)
                  ? html`<p class="map-note">${rt.t(lang, model.regionless ? 'mapNoRegions' : 'mapNoAreas')}</p>
                      ${rt.renderTable(model, this.sort, this.onSort)}`
                  : !map
                    ? this.renderLoading(lang, false, true)
                    : html`<div part="map" class="map">
                        ${map.renderMap(model, {
                          geo: this.geo,
                          geoCredit: this.geoCredit,
                          level: model.rows.some((r) => r.region.startsWith('R-')) ? 'region' : 'municipality',
                          colors: resolveTheme(this),
                          selected: model.focus,
                          onSelect: (code: string, row?: ViewRow, area?: SVGElement) => {
                            this.select('region', code);
                            if (row && area) this.marks(rt, model).onFigure(row, area);
                          },
                          time: (this.mapTime ??= new map.MapTimeController(this, {
                            // A map is drawn only from figures: the feed is there.
                            build: (period) => rt.buildViewModel(this.feedData!, { ...this.selection(this.feedData!), period }),
                            select: (period) => this.select('period', period),
                          })).options(model),
                        })}
                      </div>`
                : this.view === 'multiples'
                  ? rt.renderMultiples(model, this.multiplesSort, (s) => (this.multiplesSort = s))
                  : rt.renderKpi(model, this.marks(rt, model))
        }
      </div>
      ${this.share?.printTable(this.view, () => rt.renderTable(model, undefined, () => undefined)) ?? nothing}
      <p part="summary" class="summary" id="${this.ids}-summary">${summary}</p>
      ${model.partial ? html`<p class="partial">${t(lang, 'partial')}</p>` : nothing}
      ${
        this.stale
          ? html`<div class="stale" role="status">
              <p>${t(lang, 'stale')}</p>
              <button type="button" class="retry" @click=${this.retry}>${t(lang, 'retry')}</button>
            </div>`
          : nothing
      }
      <footer part="source" class="source">
        <p class="source-line">${source.text}</p>
        ${source.mandatoryNotes.map(readerNote).map((n) => (n ? html`<p class="note mandatory">${n}</p>` : nothing))}
        ${
          notes.length
            ? html`<details class="notes">
                <summary>${t(lang, 'notes')}</summary>
                <ul>
                  ${notes.map((n) => html`<li>${n}</li>`)}
                </ul>
              </details>`
            : nothing
        }
      </footer>
      ${
        this.noShare
          ? nothing
          : (this.share?.render(lang) ??
            rt.renderShareMenu({
              lang,
              onDownload: (kind) => this.shareAction((s) => s.share.download(kind)),
              onCopyLink: () => this.shareAction((s) => s.share.copyLink()),
              onCopyEmbed: () => this.shareAction((s) => s.share.copyEmbed()),
            }))
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'inn-indicator': InnIndicator;
  }
}
