import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../data/types.js';
import { isMapArea, isPlanningRegionCode } from '../../data/geography.js';
import type { ViewModel, ViewRow } from '../../indicators/view-model.js';
import { t } from '../../indicators/messages/catalogue.js';
import { chartHeight, sourceLine, summarize } from './model-texts.js';
import type { GeoFeature } from '../../charts/geo.js';
import { cssomStyle } from '../cssom-style.js';
import { readerNote } from '../../indicators/reader-note.js';
import type { ShareHandle } from '../share/loader.js';
import { renderShareMenu } from '../share/share-menu.js';
import type { MapColors, MapViewOptions } from './map-view.js';

type MapTimeOptions = NonNullable<MapViewOptions['time']>;
import type { MultiplesSort } from './multiples-view.js';
import { renderKpi } from './kpi-view.js';
import { lazyModule } from '../../data/lazy-module.js';
import { renderTable, type SortKey, type TableSort } from './table-view.js';
import type { FigureMarks } from './figure-marks.js';
import type { View } from './view-names.js';
import type { Change } from './widget-toolbar.js';

/**
 * Small multiples (view="multiples"): a chunk of their own, fetched when a widget first shows them; a page of
 * charts and key figures never loads it. The widget adopts its style sheet once it has arrived.
 */
export const multiplesView = lazyModule(() => import('./multiples-view.js'));

/** What the drawn widget's body is drawn from, besides its model. */
export interface WidgetBody {
  lang: Lang;
  view: View;
  /** The prefix of the widget's element ids. */
  ids: string;
  /** The chart is not drawn yet (and has not failed): its skeleton shows. */
  chartPending: boolean;
  /** The map view's chunk, once it has arrived. */
  map: typeof import('../map-runtime.js') | undefined;
  geo: GeoFeature[] | undefined;
  geoCredit: string | undefined;
  mapColors: () => MapColors;
  /** The map's time slider for the model shown (undefined: one period), from the map's chunk. */
  mapTime: (model: ViewModel) => MapTimeOptions | undefined;
  /** The loading box drawn while the map's chunk arrives. */
  waiting: () => TemplateResult;
  sort: TableSort | undefined;
  onSort: (key: SortKey) => void;
  multiplesSort: MultiplesSort;
  onMultiplesSort: (sort: MultiplesSort) => void;
  /** Marks on figures (new figures, the source card), for the table and the key figure. */
  marks: () => FigureMarks;
  /** When the figures shown are the nearest to a selection that has none: what is shown instead, in words. */
  nearestNote: string | undefined;
  /** A reload failed: the figures shown may be out of date. */
  stale: boolean;
  retry: () => void;
  /** Draws the widget again (a chunk the body waited for has arrived). */
  redraw: () => void;
  noShare: boolean;
  share: ShareHandle | undefined;
  shareAction: (action: (handle: ShareHandle) => unknown) => void;
  select: (change: Change, value: string) => void;
}

function renderChartFigure(model: ViewModel, b: WidgetBody): TemplateResult {
  return html`<figure class="chart" part="chart" style=${cssomStyle({ minHeight: `${chartHeight(model)}px` })}>
    <div class="chart-canvas" role="img" aria-label=${`${model.title}: ${model.subtitle}`} aria-describedby="${b.ids}-summary"></div>
    ${b.chartPending ? html`<div class="skeleton chart-skeleton" aria-hidden="true"></div>` : nothing}
  </figure>`;
}

/** The map, or a table with a note when the figures have no area the map draws. */
function renderMapView(model: ViewModel, b: WidgetBody): TemplateResult {
  if (!model.rows.some((r) => isMapArea(r.region)))
    return html`<p class="map-note">${t(b.lang, model.regionless ? 'mapNoRegions' : 'mapNoAreas')}</p>
      ${renderTable(model, b.sort, b.onSort)}`;
  if (!b.map) return b.waiting();
  return html`<div part="map" class="map">
    ${b.map.renderMap(model, {
      geo: b.geo,
      geoCredit: b.geoCredit,
      level: model.rows.some((r) => isPlanningRegionCode(r.region)) ? 'region' : 'municipality',
      colors: b.mapColors(),
      selected: model.focus,
      onSelect: (code: string, row?: ViewRow, area?: SVGElement) => {
        b.select('region', code);
        // A click, Enter or Space on an area also opens its figure's source card.
        if (row && area) b.marks().onFigure(row, area);
      },
      time: b.mapTime(model),
    })}
  </div>`;
}

/** The small multiples once their chunk is there; until then the loading box; if it cannot be loaded, the table. */
function renderMultiplesView(model: ViewModel, b: WidgetBody): TemplateResult {
  const view = multiplesView.get();
  if (view) return view.renderMultiples(model, b.multiplesSort, b.onMultiplesSort, b.marks());
  if (multiplesView.failed()) return renderTable(model, b.sort, b.onSort, b.marks());
  void multiplesView.load().then(b.redraw, b.redraw);
  return b.waiting();
}

function renderView(model: ViewModel, b: WidgetBody): TemplateResult {
  switch (b.view) {
    case 'chart':
      return renderChartFigure(model, b);
    case 'table':
      return renderTable(model, b.sort, b.onSort, b.marks());
    case 'map':
      return renderMapView(model, b);
    case 'multiples':
      return renderMultiplesView(model, b);
    default:
      return renderKpi(model, b.marks());
  }
}

function renderSource(model: ViewModel, lang: Lang): TemplateResult {
  const source = sourceLine(model);
  const notes = source.notes.map(readerNote).filter((n): n is string => n !== undefined);
  return html`<footer part="source" class="source">
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
  </footer>`;
}

function renderShare(b: WidgetBody): TemplateResult | typeof nothing {
  if (b.noShare) return nothing;
  return (
    b.share?.render(b.lang) ??
    renderShareMenu({
      lang: b.lang,
      onDownload: (kind) => b.shareAction((s) => s.share.download(kind)),
      onCopyLink: () => b.shareAction((s) => s.share.copyLink()),
      onCopyEmbed: () => b.shareAction((s) => s.share.copyEmbed()),
    })
  );
}

/** The body of a widget with figures: the view, the print table, the summary sentence, the source and sharing. */
export function renderWidgetBody(model: ViewModel, b: WidgetBody): TemplateResult {
  return html`
    ${b.nearestNote ? html`<p class="nearest" role="status">${b.nearestNote}</p>` : nothing}
    <div class="body">${renderView(model, b)}</div>
    ${b.share?.printTable(b.view, () => renderTable(model, undefined, () => undefined)) ?? nothing}
    <p part="summary" class="summary" id="${b.ids}-summary">${summarize(model)}</p>
    ${model.partial ? html`<p class="partial">${t(b.lang, 'partial')}</p>` : nothing}
    ${
      b.stale
        ? html`<div class="stale" role="status">
            <p>${t(b.lang, 'stale')}</p>
            <button type="button" class="retry" @click=${b.retry}>${t(b.lang, 'retry')}</button>
          </div>`
        : nothing
    }
    ${renderSource(model, b.lang)} ${renderShare(b)}
  `;
}
