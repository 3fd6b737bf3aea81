/**
 * Everything a widget needs once it has data — the way to the feed parsers, the view model, the summary sentence, the
 * source line and the table and key-figure views. It arrives in its own chunk, fetched in parallel with the feed, so
 * that the module a webmaster's page loads first stays small. (The map view is a chunk of its own, map-runtime.ts,
 * fetched with this one by a widget that shows a map. The Vega chart runtime is a further chunk, loaded only for a
 * chart on or near the screen; bar charts are first drawn from here, without it.)
 */
import type { Dataset } from '../data/types.js';
import { buildViewModel as buildModel, type ViewModel } from '../indicators/view-model.js';
import { selectionOf, type SelectionAttributes } from '../indicators/selection.js';
import type { Lang } from '../data/types.js';
import { lazyModule } from '../data/lazy-module.js';

// Each parser is a chunk of its own, loaded when a feed needs it (data/parse-async.ts).
export { parseFeedAsync as parseFeed } from '../data/parse-async.js';
export { localize } from '../indicators/format.js';
// The strings of the views (the widget's own module carries only the core ones).
export { t } from '../indicators/messages/catalogue.js';
export { renderTable } from './views/table-view.js';
export { renderKpi } from './views/kpi-view.js';
export { renderChangesNotice, widgetNotice } from './views/changes-notice.js';
export { figureMarks } from './views/figure-marks.js';
export { renderModePicker } from './views/mode-picker.js';
// Bar charts are drawn at once, without Vega; the Vega view takes their place when it has been drawn.
export { drawStaticChart, hasStaticChart } from '../charts/static-bars.js';
// The sharing toolbar's buttons are drawn from here, with the rest of the widget; what they do (and permalinks, and
// the printed table) arrives with the sharing chunk once the page has drawn (share/loader.ts).
export { renderShareMenu, shareStyles } from './share/share-menu.js';
export { adoptStyles } from './adopt-styles.js';
// The drawn widget's toolbar and body (the element itself draws only its frame, the loading box and errors).
export { renderToolbar } from './views/widget-toolbar.js';
export { renderWidgetBody, multiplesView } from './views/widget-body.js';

/**
 * One model per dataset and options: a dashboard's key figure and chart of one indicator ask for the same model, and
 * then share it (and its summary sentence and source line, memoized per model below). Models are read-only.
 */
const models = new WeakMap<Dataset, Map<string, ViewModel>>();
export function buildViewModel(ds: Dataset, options: Parameters<typeof buildModel>[1]): ViewModel {
  let byOptions = models.get(ds);
  if (!byOptions) models.set(ds, (byOptions = new Map()));
  const key = JSON.stringify(options);
  let model = byOptions.get(key);
  if (!model) {
    model = buildModel(ds, options);
    // A dataset is seen with a handful of option sets; a page that cycles through many keeps only the latest.
    if (byOptions.size > 50) byOptions.clear();
    byOptions.set(key, model);
  }
  return model;
}

/** The model of a widget's selection for another period (the map's time slider), without nearest figures. */
export function periodModel(ds: Dataset, attributes: SelectionAttributes, lang: Lang): ViewModel {
  return buildModel(ds, selectionOf(attributes, ds, lang));
}

/** The search for the nearest figures (nearest-figures.ts): a chunk of its own, fetched only for a selection with none. */
const nearest = lazyModule(() => import('./nearest-figures.js'));

/**
 * The model of the selection a widget's attributes ask for; when that selection has no figures, the nearest figures
 * there are (another period, or the areas that have figures), with a note saying so: never an empty box, never a
 * dead end. While the search's chunk arrives: `pending` (build again once it settles); if it cannot be loaded, the
 * empty model and its message.
 */
export function widgetModel(ds: Dataset, attributes: SelectionAttributes, lang: Lang): { model: ViewModel; note?: string } | { pending: Promise<unknown> } {
  const sel = selectionOf(attributes, ds, lang);
  const model = buildViewModel(ds, sel);
  if (!model.empty || model.periods.length === 0) return { model };
  const search = nearest.get();
  if (!search) return nearest.failed() ? { model } : { pending: nearest.load() };
  return search.nearestFigures(ds, sel, model, (s) => buildViewModel(ds, s)) ?? { model };
}

export { summarize, sourceLine, chartHeight } from './views/model-texts.js';
