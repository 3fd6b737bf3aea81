import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LangElement } from '../lang-element.js';
import { cssomStyle } from '../cssom-style.js';
import type { Lang } from '../../data/types.js';
import type { ViewModel } from '../../indicators/view-model.js';
import type { ChangeNotice } from '../../indicators/change-notice.js';
import { isIndicatorId } from '../../indicators/ids.js';
import { t } from '../../indicators/messages/element-text.js';
import type { ChartHandle } from '../../charts/render.js';
import { InnErrorEvent, InnReadyEvent, InnSelectEvent, type InnErrorDetail } from '../events.js';
import { errorDetail } from '../error-detail.js';
import type { SortKey, TableSort } from '../views/table-view.js';
import { VIEWS, type View } from '../views/view-names.js';
import type { Change } from '../views/widget-toolbar.js';
import { SchemeController, resolveTheme, type ThemeName } from '../theme.js';
import { loadChartRuntime, viewRuntime, type ViewRuntime } from '../runtime-loader.js';
import { hasPrerendered } from '../prerendered.js';
import type { WidgetState } from '../share/permalink.js';
import type { SelectionAttributes } from '../../indicators/selection.js';
import { ChartController } from './chart-controller.js';
import { FeedController } from './feed-controller.js';
import { ViewportController } from './viewport-controller.js';
import { MapController } from './map-controller.js';
import { Sharing } from './sharing.js';
import { renderError } from './error-view.js';
import { errorHeading, heading } from './heading.js';
import { renderEmptySelection, renderLoadingBox, renderNoSource } from './placeholder-view.js';
import { applyChange } from './selection-change.js';

import { styles } from './inn-indicator.styles.js';

export type { View };

let uid = 0;

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

  @state() private error: InnErrorDetail | undefined;
  @state() private sort: TableSort | undefined;
  /** A reload failed while earlier figures are on screen: they stay, marked as not up to date. */
  @state() private stale: InnErrorDetail | undefined;
  /** How the small multiples are sorted: by the latest value (default) or by the change over the span. */
  @state() private multiplesSort: 'latest' | 'change' = 'latest';

  /** Light or dark, from `theme` and (for `auto`) the page behind the widget. */
  private readonly scheme = new SchemeController(this, this.attachInternals());
  private readonly viewport = new ViewportController(this, {
    framed: () => this.framed,
    drawable: () => this.model !== undefined,
    // A chart near the viewport with no first paint of its own (lines, stacked or grouped bars): the chart runtime
    // loads now, alongside the feed. Bar charts are drawn without it and load it once drawn.
    nearViewport: () => {
      if (this.view === 'chart' && this.model && !viewRuntime()?.hasStaticChart(this.model)) loadChartRuntime().catch(() => {});
    },
    // Printing draws a chart never scrolled into view there and then (a bar chart needs no chart runtime for it).
    beforePrint: () => {
      if (this.model && this.view === 'chart') {
        this.requestUpdate();
        this.performUpdate();
      }
    },
  });
  private readonly feed = new FeedController(this, {
    src: () => this.src,
    data: () => this.data,
    started: () => (this.error = undefined),
    loaded: () => (this.stale = undefined),
    failed: (err, keepData) => this.fail(err, keepData),
  });
  private readonly chart = new ChartController(this);
  private readonly map = new MapController(this, (err) => this.fail(err), {
    // A map is drawn only from figures: the feed is there.
    build: (period) => viewRuntime()!.periodModel(this.feed.dataset!, { ...this.selectionAttributes(), period }, this.uiLang),
    select: (period) => this.select('period', period),
  });

  /** Sharing (toolbar, permalinks, print table): a lazily loaded chunk, attached once it has arrived. */
  private readonly sharing = new Sharing(
    this,
    { model: () => this.model, chart: () => this.chart.handle, view: () => this.view, theme: () => resolveTheme(this) },
    () => this.performUpdate(),
  );
  private model: ViewModel | undefined;
  private modelInputs: unknown[] = [];
  /** Set when the figures shown are the nearest to a selection that has none: what is shown instead, in words. */
  private nearestNote: string | undefined;
  private offerMultiples = false;
  private readonly ids = `inn-${++uid}`;
  private readyKey = '';
  /** Whether the widget's frame (header, toolbar, body) has been rendered: from then on it stays. */
  private framed = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // A chart whose first paint the page's HTML already shows has nothing to protect: its chart runtime loads now,
    // alongside the feed, so that the interactive view replaces the pre-render as soon as it can.
    if (this.view === 'chart' && hasPrerendered(this)) loadChartRuntime().catch(() => {});
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The first load starts on connect; after that, a `src` or `data` other than the last loaded loads again (also
    // `data` set on a widget already in the page).
    if ((changed.has('src') || changed.has('data')) && this.isConnected && this.feed.sourceChanged) {
      this.feed.load();
    }
    if (changed.has('geoSrc') && this.geoSrc) void this.map.loadGeo(this.geoSrc);
    if (!VIEWS.includes(this.view)) this.view = 'chart';
    if (this.view !== 'map') this.map.time?.player.stop();
    // Small multiples are offered in the toolbar once the page (or a link) has asked for them.
    if (this.view === 'multiples') this.offerMultiples = true;
    if (this.view === 'map' && !this.map.runtime && !this.error) this.map.require();
    this.updateModel(changed.has('view'));
  }

  /** Rebuilds the model only when what it is built from changed: building it is the costly part of an update. */
  private updateModel(viewChanged: boolean): void {
    const rt = viewRuntime();
    const ds = this.feed.dataset;
    // A link with this widget's state: wait for the sharing chunk (it restores the state) rather than draw twice.
    const awaitingLink = this.sharing.awaitingLink();
    const { indicator, measure, region, compare, period, dims, mode, base, peers, view } = this;
    // (Small multiples show every year unless a period is set: the only view the selection depends on.)
    const inputs = [rt, ds, this.error, awaitingLink, indicator, measure, region, compare, period, dims, mode, base, peers, view === 'multiples', this.uiLang];
    const changed = inputs.some((v, i) => v !== this.modelInputs[i]);
    // Another selection or view (by the reader or the page): the room reserved for the first one no longer applies.
    if ((changed || viewChanged) && this.framed && this.modelInputs.length) this.viewport.reservedHeight = 0;
    if (!changed) return;
    this.modelInputs = inputs;
    this.nearestNote = undefined;
    if (!rt || !ds || this.error || awaitingLink) return void (this.model = undefined);
    const built = rt.widgetModel(ds, this.selectionAttributes(), this.uiLang);
    if ('pending' in built) {
      // No figures for the selection: the loading box stays until the search for the nearest ones has arrived.
      this.model = undefined;
      const again = () => {
        this.modelInputs = [];
        this.requestUpdate();
      };
      return void built.pending.then(again, again);
    }
    this.model = built.model;
    this.nearestNote = built.note;
    this.viewport.releaseOffscreenRoom();
  }

  /** The selection the attributes ask for, as written. */
  private selectionAttributes(): SelectionAttributes {
    const { indicator, measure, region, compare, period, dims, mode, base, peers, view } = this;
    return { indicator, measure, region, compare, period, dims, mode, base, peers, view };
  }

  private fail(err: unknown, keepData = false): void {
    const detail = errorDetail(err, this.src);
    if (keepData) this.stale = detail;
    else this.error = detail;
    console.error(`<inn-indicator${this.indicator ? ` indicator="${this.indicator}"` : ''}>: ${detail.message}`, detail.issues);
    this.dispatchEvent(new InnErrorEvent(detail));
  }

  private retry = (): void => {
    // The retry button goes away with the error: keep the keyboard in the widget, on its heading.
    const hadFocus = (this.renderRoot as ShadowRoot).activeElement?.classList.contains('retry') === true;
    this.readyKey = '';
    this.feed.load(true);
    if (hadFocus) this.renderRoot.querySelector<HTMLElement>('.title')?.focus();
  };

  /**
   * Downloads the feed again (e.g. on a schedule, after the figures were updated). If that fails, the figures
   * already shown stay, marked as not up to date, and `inn-error` fires.
   */
  reload(): void {
    this.retry();
  }

  private readonly select = (change: Change, value: string): void => {
    this.dispatchEvent(new InnSelectEvent(applyChange(this, change, value)));
  };

  private onSort = (key: SortKey): void => {
    const dir = this.sort?.key === key && this.sort.dir === 'ascending' ? 'descending' : 'ascending';
    this.sort = { key, dir };
  };

  protected override updated(): void {
    const rt = viewRuntime();
    const root = this.renderRoot as ShadowRoot;
    const model = this.model;
    // The map's sheet arrives with the map's chunk and the toolbar's with the view runtime; each is added with its
    // first drawing (only then: a new sheet makes the browser match every rule in the widget again).
    const map = this.view === 'map' ? this.map.runtime : undefined;
    if (rt && map) rt.adoptStyles(root, map.mapStyles, 'map');
    if (rt && model && !this.noShare) rt.adoptStyles(root, rt.shareStyles, 'share');
    const multiples = this.view === 'multiples' ? rt?.multiplesView.get() : undefined;
    if (rt && multiples) rt.adoptStyles(root, multiples.multiplesStyles, 'multiples');
    if (model) this.sharing.drawn();
    if (!model || model.empty || this.error) {
      this.chart.drop();
      // An empty selection is drawn too ("Ingen tall for Lesja."): tell the page, with rows: 0.
      if (model?.empty && !this.error) this.announceReady({ ...model, rows: [] });
      return;
    }
    if (this.view === 'chart') {
      if (this.viewport.visible && this.viewport.width > 0) void this.drawChart(model);
    } else {
      this.chart.drop();
      // A map is ready when its chunk has arrived and drawn it (the map controller draws again then); small multiples
      // when theirs has (or, failing, the table drawn instead).
      const waiting = (this.view === 'map' && !map) || (this.view === 'multiples' && !multiples && !rt?.multiplesView.failed());
      if (!waiting) this.announceReady(model);
    }
  }

  private drawChart(model: ViewModel): Promise<void> {
    const dark = this.scheme.dark;
    return this.chart.draw(model, {
      canvas: () => this.renderRoot.querySelector<HTMLElement>('.chart-canvas'),
      width: this.viewport.width,
      dark,
      theme: () => this.viewport.theme(dark),
      tooltipRoot: this.renderRoot as ShadowRoot,
      onSelect: (region) => this.select('region', region),
      ...this.chartFigures(model),
      onReady: () => this.announceReady(model),
      onError: (err) => this.fail(err),
    });
  }

  /** A chart's figures open their source cards (click, or Enter and Space on the focused mark). */
  private chartFigures(model: ViewModel) {
    const marks = viewRuntime()!.figureMarks(this.renderRoot as ShadowRoot, this.feed.dataset, model, this.changes(model));
    return { onFigure: marks.onChartFigure, figureHint: marks.figureHint };
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
    return this.sharing.handle?.state();
  }

  /** The Vega view of the chart, when one is drawn (for downloads and tests). */
  get chartHandle(): ChartHandle | undefined {
    return this.chart.handle;
  }

  protected override render(): TemplateResult {
    const lang = this.uiLang;
    const model = this.model;
    const title = model?.title ?? (isIndicatorId(this.indicator) ? '' : this.indicator);
    // While the feed loads, one reserved box and a status message: the full widget (header, toolbar, body) is built
    // once, when there is something to show (why: docs/decisions.md).
    // (Only the first time: once the widget has shown something, a reload keeps its frame, and the keyboard focus in it.)
    if (!model && !this.error && this.hasSource() && !this.framed) return this.renderLoading(lang, true);
    if (!this.framed) this.viewport.releaseRoomAtPageEnd();
    this.framed = true;
    const reserved = this.viewport.reservedHeight;
    return html`<article
      part="base"
      class="base view-${this.view}"
      lang=${lang}
      style=${cssomStyle({ minHeight: reserved ? `${reserved}px` : undefined })}
      aria-labelledby="${this.ids}-title"
      aria-busy=${this.feed.loading ? 'true' : 'false'}
    >
      <header part="header">
        ${heading(this.headingLevel, `${this.ids}-title`, title || this.feed.dataset?.title || (this.error ? errorHeading(this.indicator, lang) : t(lang, 'loading')))}
        ${
          model && !model.empty
            ? html`<p class="subtitle">${model.subtitle}</p>
                ${viewRuntime()!.renderChangesNotice(this.changes(model))}`
            : nothing
        }
      </header>
      ${
        this.noToolbar || !model ? nothing : viewRuntime()!.renderToolbar(model, lang, { view: this.view, multiples: this.offerMultiples, select: this.select })
      }
      ${this.renderBody(model, lang)}
    </article>`;
  }

  /** What changed in the feed's last update, when it is recent and the webmaster has not turned the notice off. */
  private changes(model: ViewModel): ChangeNotice | undefined {
    return this.noChanges ? undefined : viewRuntime()!.widgetNotice(this.renderRoot as ShadowRoot, this.feed.dataset, model, this.changesDays, this.now);
  }

  private hasSource(): boolean {
    return !!this.src || (this.data !== undefined && this.data !== null);
  }

  /** The loading box (see placeholder-view.ts); `inBody`: only the view is waiting, inside a widget already drawn. */
  private renderLoading(lang: Lang, alone = false, inBody = false): TemplateResult {
    return renderLoadingBox(this, lang, this.feed.slowLoad, alone, inBody);
  }

  private renderBody(model: ViewModel | undefined, lang: Lang): TemplateResult {
    if (this.error) return renderError(this.error, lang, this.src || this.data ? this.retry : undefined);
    if (!model) {
      return this.hasSource() ? this.renderLoading(lang) : renderNoSource(lang);
    }
    if (model.empty) return renderEmptySelection(model.empty);
    return this.renderFigures(viewRuntime()!, model, lang);
  }

  private renderFigures(rt: ViewRuntime, model: ViewModel, lang: Lang): TemplateResult {
    const root = this.renderRoot as ShadowRoot;
    return rt.renderWidgetBody(model, {
      lang,
      view: this.view,
      ids: this.ids,
      chartPending: !this.chart.drawn && !this.chart.error,
      map: this.view === 'map' ? this.map.runtime : undefined,
      geo: this.map.geo,
      geoCredit: this.map.geoCredit,
      mapColors: () => resolveTheme(this),
      mapTime: (m) => this.map.timeFor(m),
      waiting: () => this.renderLoading(lang, false, true),
      sort: this.sort,
      onSort: this.onSort,
      multiplesSort: this.multiplesSort,
      onMultiplesSort: (s) => (this.multiplesSort = s),
      marks: () => rt.figureMarks(root, this.feed.dataset, model, this.changes(model)),
      nearestNote: this.nearestNote,
      stale: this.stale !== undefined,
      retry: this.retry,
      redraw: () => this.requestUpdate(),
      noShare: this.noShare,
      share: this.sharing.handle,
      shareAction: this.sharing.act,
      select: this.select,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'inn-indicator': InnIndicator;
  }
}
