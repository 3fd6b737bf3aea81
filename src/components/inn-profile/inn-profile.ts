import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LangElement } from '../lang-element.js';
import { property, state } from 'lit/decorators.js';
import type { Dataset, Lang, Source } from '../../data/types.js';
import { sharedLoader } from '../../data/loader.js';
import { INNLANDET, INNLANDET_MUNICIPALITIES, NORWAY, PLANNING_REGION_CODES } from '../../data/geography.js';
import { t as coreT } from '../../indicators/messages/element-text.js';
import { formatDate, formatPeriod } from '../../indicators/format.js';
import { t } from '../../indicators/messages/catalogue.js';
import { safeUrl } from '../../indicators/source-line.js';
import { buildProfile, profileSections, type ProfileEntry, type ProfileFigure, type ProfileSection } from '../../indicators/profile.js';
import { changeText, entryLabel, figureText, placeName, profileSummary, rankText } from '../../indicators/profile-text.js';
import { pt } from '../../indicators/messages/profile.js';
import type { ViewModel } from '../../indicators/view-model.js';
import { buildViewModel, drawStaticChart, figureMarks, hasStaticChart } from '../view-runtime.js';
import { figureStyles } from '../views/figure-marks.js';
import { InnErrorEvent } from '../events.js';
import { SchemeController, resolveTheme, themeStyles, type ThemeName } from '../theme.js';
import { profileStyles } from './inn-profile.styles.js';

interface Feed {
  url: string;
  dataset?: Dataset;
  failed?: boolean;
}

/**
 * A source as a reader cites it: publisher, title, table or report part, then for a statistics table the dates it
 * states (updated, retrieved) and for a report "rapport, 2004" (a report is not retrieved: its year is what dates it;
 * no date the source does not state is ever written), and its address.
 */
function sourceItem(s: Source, lang: Lang): TemplateResult {
  const report = !s.retrieved && !s.updated && s.published !== undefined && !/^\d+$/.test(s.table ?? '');
  const year = s.published?.slice(0, 4);
  const dates = report
    ? [/^\d{4}$/.test(year ?? '') ? pt(lang, 'reportYear', { year: year! }) : t(lang, 'published', { date: formatDate(s.published!, lang) })]
    : [
        s.published && t(lang, 'published', { date: formatDate(s.published, lang) }),
        s.updated && t(lang, 'sourceUpdated', { date: formatDate(s.updated, lang) }),
        s.retrieved && t(lang, 'retrieved', { date: formatDate(s.retrieved, lang) }),
      ].filter(Boolean);
  const url = safeUrl(s.url);
  // The table once: not when the title names it already; "tabell" only before a table number, not a report's name.
  const table = s.table && !s.title.includes(s.table) ? (/^\d/.test(s.table) ? `${t(lang, 'table')} ${s.table}` : s.table) : undefined;
  const what = [s.publisher, s.title, table].filter(Boolean).join(': ');
  return html`<li>${what}${dates.length ? `, ${dates.join(', ')}` : ''}.${url ? html` <a href=${url}>${url}</a>` : nothing}</li>`;
}

/** The regions a profile can be of: Innlandet, its planning regions and its 46 municipalities. */
const REGIONS = [INNLANDET, ...PLANNING_REGION_CODES, ...INNLANDET_MUNICIPALITIES];

/**
 * One municipality (or Innlandet) on one page: every figure the feeds have for it, with its latest value, its change
 * over 5 and 10 years where the series reaches, Innlandet and Norway alongside, its rank among Innlandet's
 * municipalities where the feed has all 46, a small chart each, a summary written from the figures, and the sources.
 * Prints on A4: one section per page, without the controls.
 *
 * @summary One region's figures from several feeds on one printable page.
 *
 * @fires inn-error - A feed could not be loaded or read; the profile shows the rest.
 *
 * @attr lang - `nb` (default), `nn` or `en`; otherwise the nearest ancestor's `lang`.
 *
 * @cssprop --inn-font-family - Font (system fonts by default).
 * @cssprop --inn-radius - Corner radius of the picker and figure cards.
 *
 * @csspart header - Title, region picker and print button.
 * @csspart summary - The summary paragraph.
 * @csspart sources - The list of sources.
 */
export class InnProfile extends LangElement {
  static override styles = [themeStyles, profileStyles, figureStyles];

  /** Feed URLs separated by spaces; every figure any of them has for the region is shown. */
  @property({ reflect: true }) src = '';
  /** The region: `34` (Innlandet), a planning region (`R-gjovik`) or one of the 46 municipalities (`3405`). Pre-2020 figures count for their successor. */
  @property({ reflect: true }) region = INNLANDET;
  /** When set (e.g. `region`), the region is kept in the page address under this query parameter, and read from it. */
  @property({ attribute: 'region-param', reflect: true }) regionParam = '';
  /** `auto`, `light` or `dark`. */
  @property({ reflect: true }) theme: ThemeName = 'auto';

  @state() private feeds: Feed[] = [];
  /** Set when a section's picture could not be made (said next to the sections). */
  @state() private pictureFailed = false;
  protected readonly scheme = new SchemeController(this, this.attachInternals());
  /** Counts `src` changes: a feed that arrives after `src` changed is dropped. */
  private loads = 0;
  private entries: ProfileEntry[] = [];
  private models = new Map<ProfileEntry, ViewModel>();
  private resizeObserver: ResizeObserver | undefined;
  private width = 0;
  private readonly onPopState = () => this.readAddress();

  override connectedCallback(): void {
    super.connectedCallback();
    this.readAddress();
    window.addEventListener('popstate', this.onPopState);
    this.resizeObserver = new ResizeObserver((e) => {
      const w = Math.round(e[0]?.contentRect.width ?? 0);
      if (Math.abs(w - this.width) >= 4) {
        this.width = w;
        this.drawCharts();
      }
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    this.resizeObserver?.disconnect();
  }

  /** The region from the address (`?region=3405`), when the element keeps it there. */
  private readAddress(): void {
    if (!this.regionParam) return;
    const code = new URLSearchParams(location.search).get(this.regionParam);
    if (code) this.region = code.trim();
  }

  private pick(code: string): void {
    this.region = code;
    if (!this.regionParam) return;
    const url = new URL(location.href);
    url.searchParams.set(this.regionParam, code);
    history.pushState(history.state, '', url);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.load();
    this.entries = buildProfile(this.datasets(), this.region, this.uiLang);
    this.models = new Map(this.entries.map((e) => [e, this.chartModel(e)]));
  }

  private load(): void {
    const urls = this.src.split(/\s+/).filter(Boolean);
    const feeds: Feed[] = urls.map((url) => ({ url }));
    const loads = ++this.loads;
    this.feeds = feeds;
    for (const feed of feeds) {
      sharedLoader.load(feed.url).then(
        (ds) => {
          feed.dataset = ds;
          if (this.loads === loads) this.feeds = [...feeds];
        },
        (err: unknown) => {
          feed.failed = true;
          if (this.loads === loads) this.feeds = [...feeds];
          const message = pt(this.uiLang, 'someFailed');
          this.dispatchEvent(new InnErrorEvent({ message, kind: 'load', issues: [], src: feed.url, reason: String((err as { kind?: string })?.kind ?? '') }));
        },
      );
    }
  }

  /** The small chart's view: the latest period, the region with Innlandet and Norway where the feed has them. */
  private chartModel(e: ProfileEntry): ViewModel {
    const ds = this.datasets()[e.feed]!;
    const regions = [e.feedRegion, e.innlandet?.value != null ? INNLANDET : '', e.norway?.value != null ? NORWAY : ''].filter(Boolean);
    const model = buildViewModel(ds, { indicator: e.indicator, measure: e.measure, regions, period: e.focus.period, dims: e.dims, lang: this.uiLang });
    // One period of one measure and category is a value per region: drawn as plain bars even where the indicator's
    // own chart is lines or stacked parts, so that every small chart is drawn at once (and printed).
    return hasStaticChart(model) ? model : { ...model, chart: 'level-bars' };
  }

  private datasets(): Array<Dataset | undefined> {
    return this.feeds.map((f) => f.dataset);
  }

  protected override updated(): void {
    this.drawCharts();
  }

  /** Draws each small chart (plain bars, without the chart runtime: drawn at once, also for print). */
  private drawCharts(): void {
    const theme = resolveTheme(this);
    const boxes = this.renderRoot.querySelectorAll<HTMLElement>('.chart[data-index]');
    for (const box of boxes) {
      const entry = this.entries[Number(box.dataset.index)];
      const model = entry && this.models.get(entry);
      if (!model) continue;
      const width = Math.max(200, box.clientWidth || 300);
      drawStaticChart(box, model, theme, { width, description: box.getAttribute('aria-label') ?? '', final: true });
    }
  }

  /** Downloads a section as one PNG: each of its figures with its small chart, summary and source. */
  private async downloadSection(section: ProfileSection, index: number): Promise<void> {
    try {
      const [{ sectionPng }, { download }, { pageCredit }] = await Promise.all([
        import('./profile-image.js'),
        import('../share/share-menu.js'),
        import('../share/export.js'),
      ]);
      const box = this.renderRoot.querySelectorAll('section.indicator')[index];
      const figures = section.entries.map((e) => ({
        model: this.models.get(e)!,
        chart: box?.querySelector<SVGSVGElement>(`.chart[data-index="${this.entries.indexOf(e)}"] svg`) ?? null,
      }));
      const blob = await sectionPng(figures, resolveTheme(this), pageCredit());
      const slug = `${this.region}-${section.indicator}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      download(`innsikt-profil-${slug}.png`, blob);
      this.pictureFailed = false;
    } catch {
      this.pictureFailed = true;
    }
  }

  private renderPicker(lang: Lang): TemplateResult {
    const option = (code: string) => html`<option value=${code} ?selected=${code === this.region}>${placeName(code, lang)}</option>`;
    return html`<div class="controls">
      <label
        >${pt(lang, 'pickRegion')}
        <select @change=${(e: Event) => this.pick((e.target as HTMLSelectElement).value)}>
          <optgroup label=${pt(lang, 'groupCounty')}>${option(INNLANDET)}</optgroup>
          <optgroup label=${pt(lang, 'groupPlanning')}>${PLANNING_REGION_CODES.map(option)}</optgroup>
          <optgroup label=${pt(lang, 'groupMunicipalities')}>${INNLANDET_MUNICIPALITIES.map(option)}</optgroup>
        </select>
      </label>
      <button type="button" @click=${() => window.print()}>${pt(lang, 'print')}</button>
    </div>`;
  }

  /** A figure as a button that opens its source card (issue 19), when the entry's view has its row. */
  private figureButton(e: ProfileEntry, f: ProfileFigure, lang: Lang): TemplateResult {
    const text = figureText(e, f, lang);
    const model = this.models.get(e);
    const ds = this.datasets()[e.feed];
    const region = f === e.focus ? e.feedRegion : f.region;
    const row = model?.rows.find((r) => r.period === f.period && (r.region === region || r.region === f.region));
    if (!model || !ds || !row) return html`${text}`;
    const open = (ev: Event) => figureMarks(this.renderRoot as ShadowRoot, ds, model, undefined).onFigure(row, ev.currentTarget as HTMLElement);
    return html`<button type="button" class="figure" aria-haspopup="dialog" @click=${open}>${text}</button>`;
  }

  private renderFigure(e: ProfileEntry, f: ProfileFigure, lang: Lang, role: string): TemplateResult {
    const changes = [f.change5, f.change10].filter((c) => c !== undefined).map((c) => changeText(e, c, lang));
    return html`<dt>${placeName(f.region, lang)}</dt>
      <dd data-role=${role}>${this.figureButton(e, f, lang)}${changes.length ? `; ${changes.join('; ')}` : ''}</dd>`;
  }

  private renderEntry(e: ProfileEntry, index: number, lang: Lang): TemplateResult {
    const f = e.focus;
    const model = this.models.get(e)!;
    const label = entryLabel(e);
    const chartName = pt(lang, 'chartOf', {
      measure: label,
      period: formatPeriod(f.period, lang),
      regions: model.rows.map((r) => `${r.regionLabel} ${r.label}`).join(', '),
    });
    return html`<article data-measure=${e.measure} data-dims=${Object.values(e.dims).join(',')} data-feed=${e.feed}>
      <h4>${label}</h4>
      <p class="latest"><span data-role="value">${this.figureButton(e, f, lang)}</span> <span class="period">${formatPeriod(f.period, lang)}</span></p>
      <dl>
        ${
          f.change5
            ? html`<dt>${pt(lang, 'change5')}</dt>
                <dd data-role="change5">${changeText(e, f.change5, lang)}</dd>`
            : nothing
        }
        ${
          f.change10
            ? html`<dt>${pt(lang, 'change10')}</dt>
                <dd data-role="change10">${changeText(e, f.change10, lang)}</dd>`
            : nothing
        }
        ${
          e.rank
            ? html`<dt>${pt(lang, 'rankLabel')}</dt>
                <dd data-role="rank">${rankText(e.rank, lang)}</dd>`
            : nothing
        }
        ${e.innlandet ? this.renderFigure(e, e.innlandet, lang, 'innlandet') : nothing} ${e.norway ? this.renderFigure(e, e.norway, lang, 'norway') : nothing}
      </dl>
      <div class="chart" role="img" aria-label=${chartName} data-index=${index}></div>
      ${e.derived ? html`<p class="note">${pt(lang, 'derivedMark')}</p>` : nothing} ${e.notes.map((n) => html`<p class="note">${n}</p>`)}
    </article>`;
  }

  private renderSources(lang: Lang): TemplateResult {
    // One line per source, however many feeds cite it (the national accounts table feeds two indicators).
    const items = new Map<string, Source>();
    for (const e of this.entries) {
      const ds = this.datasets()[e.feed]!;
      for (const id of e.sources) {
        const s = ds.sources.find((x) => x.id === id);
        if (s) items.set(`${s.publisher ?? ''}|${s.title}|${s.table ?? ''}`, items.get(`${s.publisher ?? ''}|${s.title}|${s.table ?? ''}`) ?? s);
      }
    }
    return html`<section class="sources" part="sources" aria-labelledby="sources-h">
      <h3 id="sources-h">${pt(lang, 'sourcesHeading')}</h3>
      <ul>
        ${[...items.values()].map((s) => sourceItem(s, lang))}
      </ul>
    </section>`;
  }

  override render(): TemplateResult {
    const lang = this.uiLang;
    const known = REGIONS.includes(this.region);
    const name = placeName(this.region, lang);
    const pending = this.feeds.some((f) => !f.dataset && !f.failed);
    const sections = profileSections(this.entries);
    const kind = this.region === INNLANDET ? 'countyProfileTitle' : PLANNING_REGION_CODES.includes(this.region) ? 'regionProfileTitle' : 'profileTitle';
    const title = pt(lang, kind, { region: name });
    return html`<header part="header">
        <h2>${title}</h2>
        ${this.renderPicker(lang)}
      </header>
      ${known ? nothing : html`<p class="status" role="alert">${pt(lang, 'unknownRegion', { code: this.region })}</p>`}
      ${this.feeds.some((f) => f.failed) ? html`<p class="status" role="alert">${pt(lang, 'someFailed')}</p>` : nothing}
      ${pending ? html`<p class="status" role="status">${coreT(lang, 'loading')}</p>` : nothing}
      ${this.pictureFailed ? html`<p class="status" role="alert">${pt(lang, 'pictureFailed')}</p>` : nothing}
      ${!pending && known && sections.length === 0 ? html`<p class="status">${pt(lang, 'noFigures', { region: name })}</p>` : nothing}
      ${
        sections.length
          ? html`<section class="summary" aria-labelledby="summary-h">
              <h3 id="summary-h">${pt(lang, 'summaryHeading')}</h3>
              <p part="summary">${profileSummary(sections, lang).join(' ')}</p>
              ${this.entries.some((e) => e.rank) ? html`<p class="note">${pt(lang, 'rankHint')}</p>` : nothing}
            </section>`
          : nothing
      }
      ${sections.map(
        (s, i) =>
          html`<section class="indicator" data-indicator=${s.indicator} aria-labelledby=${`ind-${i}`}>
            <div class="section-head">
              <h3 id=${`ind-${i}`}>${s.title}</h3>
              <button type="button" class="png" aria-label=${`${t(lang, 'downloadPng')}: ${s.title}`} @click=${() => void this.downloadSection(s, i)}>
                ${t(lang, 'downloadPng')}
              </button>
            </div>
            <div class="figures">${s.entries.map((e) => this.renderEntry(e, this.entries.indexOf(e), lang))}</div>
          </section>`,
      )}
      ${sections.length ? this.renderSources(lang) : nothing}`;
  }
}
