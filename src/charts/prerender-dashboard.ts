import type { Dataset, Lang } from '../data/types.js';
import type { ViewModel } from '../indicators/view-model.js';
import { INDICATOR_IDS } from '../indicators/ids.js';
import { headlineComparison, headlineLabel, headlineRow } from '../indicators/headline-row.js';
import { t } from '../indicators/messages/catalogue.js';
import { attributeMarkup, prerenderBlock, prerenderModel } from './prerender.js';
import { PRERENDERED_CLASS } from './prerendered-class.js';
import { escapeMarkup } from './svg-node.js';

/**
 * The pre-rendered first paint of an `<inn-dashboard>`: the element with, inside it (light DOM), one block per key
 * figure and one per chart, each with a `slot` named after its view and indicator (`kpi-commuting`,
 * `chart-commuting`). The dashboard projects each block into its widget (inn-dashboard.ts), where it shows until
 * the widget has drawn itself, in the same place; a reader without JavaScript gets the key figures, then the charts
 * with their tables, as a plain page. Written at build or feed-build time, in Node (no DOM, no Vega).
 *
 * An indicator without figures in the feed gets no block: its widget says so itself, as without a pre-render.
 * Every text from a feed is escaped: it is text, never markup.
 */
export interface DashboardPrerenderOptions {
  /** The feed's URL as the page will load it (the element's `src`). */
  src: string;
  /** The element's `indicators` (space-separated); default: the five, in their order. */
  indicators?: string;
  region?: string;
  compare?: string;
  period?: string;
  lang?: Lang;
  /** Width the charts are laid out for in CSS pixels (default 640; they scale down in narrower columns). */
  width?: number;
}

/** The ids the dashboard shows that the feed has figures for, in the dashboard's order. */
function shownIndicators(ds: Dataset, wanted: string | undefined): string[] {
  const ids = (wanted ?? '').split(/\s+/).filter(Boolean);
  const has = new Set([...ds.indicators.map((i) => i.id), ...ds.observations.map((o) => o.indicator ?? '')]);
  return (ids.length ? ids : [...INDICATOR_IDS]).filter((id) => has.has(id));
}

/** A key figure as the widget shows it: where and when, the number, what it measures, what it is compared with. */
export function prerenderKpi(model: ViewModel, slot: string): string {
  const open = `<div class="${PRERENDERED_CLASS}" slot="${escapeMarkup(slot)}">`;
  const title = `<h2>${escapeMarkup(model.title)}</h2>`;
  const row = model.empty ? undefined : headlineRow(model);
  if (!row) return `${open}${title}<p>${escapeMarkup(model.empty ?? '')}</p></div>`;
  const where = headlineLabel(model, row);
  const comparison = headlineComparison(model, row);
  return [
    open,
    title,
    `<p>${escapeMarkup(where)}</p>`,
    `<p><strong>${escapeMarkup(row.label)}</strong></p>`,
    `<p>${escapeMarkup(model.measureLabel)}</p>`,
    comparison ? `<p>${escapeMarkup(t(model.lang, 'kpiCompare', { region: comparison.regionLabel, value: comparison.label }))}</p>` : '',
    '</div>',
  ].join('');
}

/** The element's attributes, in the order a page would write them, escaped. */
function dashboardAttributes(options: DashboardPrerenderOptions): string {
  return attributeMarkup([
    ['src', options.src],
    ['indicators', options.indicators],
    ['region', options.region],
    ['compare', options.compare],
    ['period', options.period],
    ['lang', options.lang],
  ]);
}

/** `<inn-dashboard …>` with the pre-rendered key figures and charts of its indicators inside, as HTML. */
export function prerenderDashboard(ds: Dataset, options: DashboardPrerenderOptions): string {
  const ids = shownIndicators(ds, options.indicators);
  const model = (indicator: string) =>
    prerenderModel(ds, {
      src: options.src,
      indicator,
      ...(options.region ? { region: options.region } : {}),
      ...(options.compare ? { compare: options.compare } : {}),
      ...(options.period ? { period: options.period } : {}),
      lang: options.lang ?? 'nb',
    });
  const models = ids.map((id) => [id, model(id)] as const);
  return [
    `<inn-dashboard${dashboardAttributes(options)}>`,
    ...models.map(([id, m]) => prerenderKpi(m, `kpi-${id}`)),
    ...models.map(([id, m]) => prerenderBlock(m, { ...(options.width ? { width: options.width } : {}), lang: options.lang ?? 'nb' }, `chart-${id}`)),
    '</inn-dashboard>',
  ].join('\n');
}
