import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LangElement } from '../lang-element.js';
import { property, state } from 'lit/decorators.js';
import type { Dataset } from '../../data/types.js';
import { sharedLoader } from '../../data/loader.js';
import { INDICATOR_IDS } from '../../indicators/ids.js';
import { t } from '../../indicators/messages/element-text.js';
import { lazyModule } from '../../data/lazy-module.js';
import { loadViewRuntime } from '../runtime-loader.js';
import { afterPaint } from '../after-paint.js';
import { InnSelectEvent } from '../events.js';
import { settledSelect } from '../settled-select.js';
import { dashboardKey, readDashboardState, withDashboardState } from './dashboard-link.js';
import { SchemeController, themeStyles, type ThemeName } from '../theme.js';
import '../inn-indicator/define.js';

/**
 * The shared pickers' lists (options.ts): a chunk of their own, fetched once the page has drawn (or at once when a
 * region or period is already chosen). It builds on the view runtime, which the widgets have loaded by then.
 */
const pickerLists = lazyModule(() => import('./options.js'));

interface FeedInfo {
  url: string;
  dataset?: Dataset;
  error?: string;
}

function isTagged(ds: Dataset): boolean {
  return ds.observations.some((o) => o.indicator !== undefined);
}

/**
 * A regional dashboard: several indicators (all five by default) from one or more feeds, with a shared region
 * and period selection, a headline row of key figures and the charts below. Selecting a region in any chart,
 * table or map selects it everywhere.
 *
 * @summary Several Innlandet indicators with a shared region and period selection.
 *
 * @fires inn-select - The user changed the shared region or period. `detail: { change, regions, period }`.
 *
 * @attr lang - `nb` (default), `nn` or `en`; otherwise the nearest ancestor's `lang`. The widgets inside follow it.
 *
 * @cssprop --inn-font-family - Font (the page's by default).
 * @cssprop --inn-radius - Corner radius of the pickers and key-figure cards.
 *
 * @csspart controls - The shared selection form.
 * @csspart kpis - The headline row of key figures.
 * @csspart charts - The grid of charts.
 */
export class InnDashboard extends LangElement {
  static override styles = [
    themeStyles,
    css`
      :host {
        display: block;
        color: var(--_text);
        font-family: var(--inn-font-family, inherit);
      }
      .controls {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem 1.5rem;
        align-items: end;
        padding: 0.75rem 0 1rem;
        border-bottom: 1px solid var(--_border);
        margin-bottom: 1rem;
      }
      label {
        display: flex;
        flex-direction: column;
        font-size: 0.875em;
        color: var(--_muted);
        gap: 0.2rem;
        flex: 1 1 12rem;
        min-width: 0;
        max-width: 22rem;
      }
      select {
        font: inherit;
        color: var(--_text);
        background: transparent;
        min-height: 2.5rem;
        width: 100%;
        min-width: 0;
        padding: 0.25rem 0.5rem;
        border: 1px solid var(--_border);
        border-radius: var(--inn-radius, 6px);
      }
      select:focus-visible {
        outline: 3px solid var(--_focus);
        outline-offset: 2px;
      }
      .kpis {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
        gap: 1rem;
        margin-bottom: 1.5rem;
      }
      .kpis inn-indicator {
        border: 1px solid var(--_border);
        border-radius: var(--inn-radius, 6px);
        padding: 0.75rem 1rem;
      }
      .charts {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 30rem), 1fr));
        gap: 2rem 1.5rem;
      }
      .link {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
        min-height: 2.5rem;
      }
      .copy-link {
        font: inherit;
        color: var(--_text);
        background: transparent;
        min-height: 2.5rem;
        padding: 0.25rem 0.9rem;
        border: 1px solid var(--_muted);
        border-radius: var(--inn-radius, 6px);
        cursor: pointer;
      }
      .copy-link:focus-visible,
      .link-field:focus-visible {
        outline: 3px solid var(--_focus);
        outline-offset: 2px;
      }
      .link-status {
        color: var(--_muted);
        font-size: 0.875em;
      }
      .link-field {
        font: inherit;
        color: var(--_text);
        background: transparent;
        border: 1px solid var(--_border);
        width: min(28rem, 100%);
      }
      .feed-error,
      .coverage-hint {
        color: var(--_muted);
        margin: 0;
        font-size: 0.875em;
        flex-basis: 100%;
      }
    `,
  ];

  /** One or more feed URLs separated by spaces. Each indicator is taken from the first feed that has it. */
  @property({ reflect: true }) src = '';
  /** Indicator ids separated by spaces. Default: all five. */
  @property({ reflect: true }) indicators = '';
  /** Region(s) in focus for every indicator. */
  @property({ reflect: true }) region = '';
  /** Comparison region for every indicator. */
  @property({ reflect: true }) compare = '';
  /** Period for every indicator (indicators without it say so). Empty: each its latest. */
  @property({ reflect: true }) period = '';
  /**
   * Comparison mode for every indicator's chart (`level`, `per-capita`, `relative`, `index`, `rank`; see
   * <inn-indicator>); the key figures stay levels. An indicator whose figures do not support it shows levels.
   */
  @property({ reflect: true }) mode = '';
  /** A comparison group for every indicator (see <inn-indicator>'s `peers`). */
  @property({ reflect: true }) peers = '';
  /** `auto`, `light` or `dark`. */
  @property({ reflect: true }) theme: ThemeName = 'auto';
  /** Map borders for the map views (GeoJSON/TopoJSON URL). */
  @property({ attribute: 'geo-src', reflect: true }) geoSrc = '';

  @state() private feeds: FeedInfo[] = [];
  /** Light or dark, from `theme` and (for `auto`) the page behind the dashboard. */
  protected readonly scheme = new SchemeController(this, this.attachInternals());
  /**
   * Whether the pickers list every region and period yet. The widgets draw first: the lists are filled once the page
   * has drawn (right away when a region or period is already chosen, so the pickers never show the wrong one).
   */
  @state() private listsReady = false;
  private listsScheduled = false;
  private controller: AbortController | undefined;
  /** The shared pickers apply a keyboard user's choice once made, not at every arrow key (ten widgets redraw). */
  private readonly regionPicker = settledSelect((value) => this.setShared('region', value));
  private readonly periodPicker = settledSelect((value) => this.setShared('period', value));

  /**
   * The selection the page's HTML was written for (its attributes when first connected, before a link's): the
   * pre-rendered blocks inside the element (prerender-dashboard.ts) show that selection, and only that one.
   */
  private prerenderedFor: string | undefined;
  private selectionKey(): string {
    return [this.src, this.indicators, this.region, this.compare, this.period, this.mode, this.peers].join('\u0000');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.prerenderedFor ??= this.selectionKey();
    // A link to a dashboard view opens in that view (before anything is drawn), and follows a link to it in this tab.
    this.restoreLink();
    window.addEventListener('hashchange', this.restoreLink);
    this.addEventListener('inn-select', this.onChildSelect);
    // Every widget needs the view runtime: fetched at once, in parallel with the feeds (the dashboard is connected
    // before its widgets are). A failed load is the widgets' to report and retry.
    loadViewRuntime().catch(() => undefined);
    if (!this.feeds.length) this.loadFeeds();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.restoreLink);
    this.removeEventListener('inn-select', this.onChildSelect);
    this.controller?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && changed.get('src') !== undefined) this.loadFeeds();
  }

  private loadFeeds(): void {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const urls = this.src.split(/\s+/).filter(Boolean);
    this.feeds = urls.map((url) => ({ url }));
    urls.forEach((url, i) => {
      sharedLoader.load(url, { signal: controller.signal }).then(
        (dataset) => {
          if (controller.signal.aborted) return;
          this.feeds = this.feeds.map((f, j) => (j === i ? { url, dataset } : f));
        },
        (err: unknown) => {
          if (controller.signal.aborted) return;
          // The widget for each indicator shows the full error with a retry; here it only narrows the pickers.
          this.feeds = this.feeds.map((f, j) => (j === i ? { url, error: err instanceof Error ? err.message : String(err) } : f));
        },
      );
    });
  }

  /** A child's own region/period pick (a click on a map region, say) becomes the dashboard's, for every child. */
  private onChildSelect = (e: InnSelectEvent): void => {
    // Events from the children's shadow trees are retargeted to this host: look at where it really started.
    if (e.composedPath()[0] === this) return;
    const { change } = e.detail;
    if (change !== 'region' && change !== 'period') return;
    e.stopPropagation();
    if (change === 'region') this.setShared('region', (e.detail.regions ?? []).join(' '));
    else this.setShared('period', e.detail.period ?? '');
  };

  private readonly restoreLink = (): void => {
    const state = readDashboardState(location.hash, dashboardKey(this));
    if (!state) return;
    if (state.region !== undefined) this.region = state.region;
    if (state.period !== undefined) this.period = state.period;
    if (state.compare !== undefined) this.compare = state.compare;
  };

  /** This page's address with the dashboard's region, period and comparison in its fragment. */
  get link(): string {
    return withDashboardState(location.href, dashboardKey(this), { region: this.region, period: this.period, compare: this.compare });
  }

  @state() private linkStatus = '';
  private copyLink = async (): Promise<void> => {
    const lang = this.uiLang;
    try {
      await navigator.clipboard.writeText(this.link);
      this.linkStatus = t(lang, 'dashLinkCopied');
    } catch {
      // No clipboard (permissions, an old browser): the link, selected, to copy by hand.
      this.linkStatus = this.link;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('.link-field')?.select();
    }
  };

  private setShared(change: 'region' | 'period', value: string): void {
    if (change === 'region') this.region = value;
    else this.period = value;
    // The address follows the reader's choice (replacing the entry: no history step per pick), so that it can be shared.
    const link = this.link;
    if (link !== location.href) history.replaceState(history.state, '', link);
    this.dispatchEvent(new InnSelectEvent({ change, regions: this.region.split(/\s+/).filter(Boolean), period: this.period }));
  }

  private indicatorList(): string[] {
    const wanted = this.indicators.split(/\s+/).filter(Boolean);
    if (wanted.length) return wanted;
    // JSON-stat and CSV carry no indicator ids: with only such feeds and no `indicators`, show the table as it is.
    const loaded = this.feeds.filter((f) => f.dataset);
    if (loaded.length && loaded.length === this.feeds.length && loaded.every((f) => !isTagged(f.dataset!))) return [''];
    return [...INDICATOR_IDS];
  }

  /** The feed URL that carries an indicator (the first feed, while they are loading). */
  private feedFor(indicator: string): string {
    const hit = this.feeds.find((f) => f.dataset?.indicators.some((i) => i.id === indicator) || f.dataset?.observations.some((o) => o.indicator === indicator));
    // An untagged feed (JSON-stat, CSV) serves the indicators the page names for it.
    const untagged = this.feeds.find((f) => f.dataset && !isTagged(f.dataset));
    return hit?.url ?? untagged?.url ?? this.feeds.find((f) => !f.dataset)?.url ?? this.feeds[0]?.url ?? '';
  }

  /** One indicator of the dashboard: its key figure (no toolbar, no sharing) or its chart, with the shared selection. */
  private renderChild(indicator: string, view: 'kpi' | 'chart'): TemplateResult {
    return html`<inn-indicator
      src=${this.feedFor(indicator)}
      indicator=${indicator}
      view=${view}
      region=${this.region}
      compare=${this.compare}
      period=${this.period}
      mode=${view === 'chart' ? this.mode : ''}
      peers=${this.peers}
      theme=${this.theme}
      geo-src=${this.geoSrc}
      ?no-toolbar=${view === 'kpi'}
      ?no-share=${view === 'kpi'}
      >${this.prerendered(`${view}-${indicator}`)}</inn-indicator
    >`;
  }

  /**
   * The slot that projects the page's pre-rendered block for a widget into it (shown until the widget has drawn
   * itself), while the selection is the one the block was written for.
   */
  private prerendered(name: string): TemplateResult | typeof nothing {
    if (this.prerenderedFor !== this.selectionKey()) return nothing;
    return this.querySelector(`:scope > [slot="${CSS.escape(name)}"]`) ? html`<slot name=${name}></slot>` : nothing;
  }

  protected override render(): TemplateResult {
    const lang = this.uiLang;
    const list = this.indicatorList();
    const loaded = this.feeds.some((f) => f.dataset);
    if (loaded && !this.listsScheduled) {
      this.listsScheduled = true;
      void afterPaint().then(() => (this.listsReady = true));
    }
    const wanted = loaded && (this.listsReady || !!this.region || !!this.period);
    // A failed load is retried at the next render (lazyModule forgets it); the pickers stay short until then.
    if (wanted && !pickerLists.get())
      void pickerLists.load().then(
        () => this.requestUpdate(),
        () => undefined,
      );
    const lists = wanted ? pickerLists.get() : undefined;
    const regions = lists?.regionOptions(this.feeds, lang) ?? [];
    const covered = lists?.coverage(this.feeds);
    // An option that leaves some indicators without figures says how many have them.
    const mark = (name: string, ids: Set<string> | undefined) => {
      const n = list.filter((i) => ids?.has(i)).length;
      return n < list.length && lists ? lists.message(lang, 'coveredBy', { name, n, total: list.length }) : name;
    };
    let partial = false;
    const label = (name: string, ids: Set<string> | undefined) => {
      const text = mark(name, ids);
      if (text !== name) partial = true;
      return text;
    };
    const groups = lists?.regionGroups(regions, lang) ?? [];
    const focus = this.region.split(/\s+/).filter(Boolean)[0] ?? '';
    return html`
      <form part="controls" class="controls" @submit=${(e: Event) => e.preventDefault()}>
        <label
          >${t(lang, 'region')}
          <select @change=${this.regionPicker.change} @keydown=${this.regionPicker.keydown} @blur=${this.regionPicker.blur}>
            <option value="" ?selected=${focus === ''}>${t(lang, 'allRegions')}</option>
            ${groups.map(
              (g) =>
                html`<optgroup label=${g.label}>
                  ${g.items.map((r) => html`<option value=${r.code} ?selected=${r.code === focus}>${label(r.name, covered?.regions.get(r.code))}</option>`)}
                </optgroup>`,
            )}
          </select>
        </label>
        <label
          >${t(lang, 'period')}
          <select @change=${this.periodPicker.change} @keydown=${this.periodPicker.keydown} @blur=${this.periodPicker.blur}>
            <option value="" ?selected=${this.period === ''}>${t(lang, 'latestPeriod')}</option>
            ${(lists?.periodOptions(this.feeds) ?? []).map((p) => html`<option value=${p} ?selected=${p === this.period}>${label(p.replace('-', '–'), covered?.periods.get(p))}</option>`)}
          </select>
        </label>
        <div class="link">
          <button type="button" class="copy-link" @click=${this.copyLink}>${t(lang, 'dashLink')}</button>
          <span class="link-status" role="status"
            >${
              this.linkStatus.startsWith('http')
                ? html`<input class="link-field" readonly aria-label=${t(lang, 'dashLink')} .value=${this.linkStatus} />`
                : this.linkStatus
            }</span
          >
        </div>
        ${partial && lists ? html`<p class="coverage-hint">${lists.message(lang, 'coverageHint')}</p>` : nothing}
        ${this.feeds.some((f) => f.error) ? html`<p class="feed-error" role="status">${t(lang, 'someFeedsFailed')}</p>` : nothing}
      </form>
      <section part="kpis" class="kpis" aria-label=${t(lang, 'keyFigures')}>${list.map((i) => this.renderChild(i, 'kpi'))}</section>
      <section part="charts" class="charts" aria-label=${t(lang, 'charts')}>${list.map((i) => this.renderChild(i, 'chart'))}</section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'inn-dashboard': InnDashboard;
  }
}
