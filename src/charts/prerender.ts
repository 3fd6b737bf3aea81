import type { Dataset, Lang } from '../data/types.js';
import { buildViewModel, type ViewModel } from '../indicators/view-model.js';
import { summarize } from '../indicators/summary.js';
import { sourceLine } from '../indicators/source-line.js';
import { readerNote } from '../indicators/reader-note.js';
import { t } from '../indicators/messages/catalogue.js';
import { textWidthEm } from './text-width.js';
import { staticChartTree, type TextMeasure } from './static-bars.js';
import { escapeMarkup, svgMarkup } from './svg-node.js';
import { THEMES } from './theme.js';
import { PRERENDERED_CLASS } from './prerendered-class.js';

/**
 * The pre-rendered first paint: an `<inn-indicator>` element with its chart and table already in the HTML, written
 * at build or feed-build time (in Node: no DOM, no Vega), for the page to ship as it is.
 *
 * Inside the element (light DOM, the widget's fallback slot) go the title, the subtitle, the bar chart as inline SVG
 * (the same layout as the widget's own first paint, static-bars.ts), the summary sentence, the source line and the
 * figures as a `<table>` inside `<noscript>`. So a reader sees a real chart before the script and the feed have
 * arrived, and a reader without JavaScript keeps a chart and a table; once the widget has its feed it draws itself
 * in that place (the element keeps the room the pre-render took, so nothing below moves up).
 *
 * Every text from a feed is escaped: it is text, never markup.
 */

export interface PrerenderOptions {
  /** The feed's URL as the page will load it (the element's `src`). */
  src: string;
  indicator: string;
  /** The element's other attributes, as a page would write them (`region`, `compare`, `period`, `measure`, …). */
  region?: string;
  compare?: string;
  period?: string;
  measure?: string;
  lang?: Lang;
  /** Heading level of the title, 1–6 (the element's `heading-level`; default 2). */
  headingLevel?: number;
  /** Width the chart is laid out for in CSS pixels (default 640); it scales down in narrower columns. */
  width?: number;
  /** The element's `no-toolbar` and `no-share`: no room kept for them. */
  noToolbar?: boolean;
  noShare?: boolean;
}

/** Room the widget's toolbar (views, pickers) and sharing row take, kept free so that the widget fits in place. */
const TOOLBAR_ROOM = 48;
const SHARE_ROOM = 56;

/** Text widths without a canvas: a wide sans-serif's, at the chart's 12 px (errs on the wide side). */
const estimate: TextMeasure = (text, bold) => textWidthEm(text, bold) * 12;

/** An empty block of `height` px that needs no CSS (a page under a strict policy allows no inline styles). */
const room = (height: number) => `<svg class="inn-room" width="1" height="${height}" aria-hidden="true"></svg>`;

/**
 * The light theme with the chart's text in the page's own text colour (`currentColor`): the pre-render is drawn
 * before any script can read the page's scheme, so on a site with a dark background its labels stay readable
 * (light on dark) instead of dark on dark. Bars, grid and comparison keep the light theme's colours, which read on
 * both.
 */
const PRERENDER_THEME = { ...THEMES.light, text: 'currentColor', muted: 'currentColor' };

/** The model's bar chart as inline SVG with its description as accessible name; '' for charts only Vega draws. */
export function prerenderChart(model: ViewModel, description: string, width = 640): string {
  const tree = staticChartTree(model, PRERENDER_THEME, { width, description, measure: estimate });
  if (!tree) return '';
  // Fills the column and scales down in a narrower one, keeping its height (and its text upright).
  const attrs = { ...tree.attrs, width: '100%', preserveAspectRatio: 'xMinYMin meet', role: 'img', 'aria-label': description };
  delete (attrs as Record<string, unknown>)['aria-hidden'];
  tree.attrs = attrs;
  return svgMarkup(tree);
}

/** The model's figures as a plain table: region, category, period and value columns as the figures need them. */
export function prerenderTable(model: ViewModel): string {
  const { lang } = model;
  const hasSeries = model.rows.some((r) => r.series !== undefined);
  const hasPeriods = new Set(model.rows.map((r) => r.period)).size > 1;
  const noRegion = model.regionless === true;
  const th = (text: string) => `<th scope="col">${escapeMarkup(text)}</th>`;
  const head = [noRegion ? '' : th(t(lang, 'colRegion')), hasSeries ? th(t(lang, 'colSeries')) : '', hasPeriods ? th(t(lang, 'colPeriod')) : ''];
  const unit = model.unit && model.rows.every((r) => r.value === null || r.label.endsWith(model.unit)) ? ` (${model.unit})` : '';
  const rows = model.rows.map((r) => {
    const region = noRegion ? '' : `<th scope="row">${escapeMarkup(r.regionLabel)}${r.isComparison ? ` (${escapeMarkup(t(lang, 'comparison'))})` : ''}</th>`;
    const cells = [hasSeries ? (r.seriesLabel ?? '') : undefined, hasPeriods ? r.periodLabel : undefined, r.label];
    return `<tr>${region}${cells
      .filter((c): c is string => c !== undefined)
      .map((c) => `<td>${escapeMarkup(c)}</td>`)
      .join('')}</tr>`;
  });
  return (
    `<table><caption>${escapeMarkup(model.title)}: ${escapeMarkup(model.subtitle)}</caption>` +
    `<thead><tr>${head.join('')}${th(t(lang, 'colValue') + unit)}</tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}

/** The attributes of the element, in the order a page would write them, escaped. */
function elementAttributes(options: PrerenderOptions): string {
  const attrs: Array<[string, string | number | undefined]> = [
    ['src', options.src],
    ['indicator', options.indicator],
    ['region', options.region],
    ['compare', options.compare],
    ['period', options.period],
    ['measure', options.measure],
    ['lang', options.lang],
    ['heading-level', options.headingLevel],
  ];
  const flags = [options.noToolbar ? ' no-toolbar' : '', options.noShare ? ' no-share' : ''].join('');
  return attributeMarkup(attrs) + flags;
}

/** Attributes as markup (` name="value"` each, escaped), leaving out those without a value. */
export function attributeMarkup(attrs: Array<[string, string | number | undefined]>): string {
  return attrs
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${escapeMarkup(String(v))}"`)
    .join('');
}

/** The figures the element will show, by the same rules it uses. */
export function prerenderModel(ds: Dataset, options: PrerenderOptions): ViewModel {
  return buildViewModel(ds, {
    indicator: options.indicator || ds.indicators[0]?.id || '',
    measure: options.measure || undefined,
    regions: (options.region ?? '').split(/[\s,]+/).filter(Boolean),
    compare: options.compare || undefined,
    period: options.period || undefined,
    lang: options.lang ?? 'nb',
  });
}

/**
 * `<inn-indicator …>` with its pre-rendered first paint inside, as HTML. A selection without figures gets the
 * element with its message and no chart.
 */
export function prerenderIndicator(ds: Dataset, options: PrerenderOptions): string {
  return [`<inn-indicator${elementAttributes(options)}>`, prerenderBlock(prerenderModel(ds, options), options), '</inn-indicator>'].join('\n');
}

/**
 * The pre-rendered block of a chart widget: title, subtitle, chart, summary, source, notes and the table for readers
 * without JavaScript. `slot`: the name it is projected under (a dashboard's widget, prerender-dashboard.ts).
 */
export function prerenderBlock(model: ViewModel, options: Omit<PrerenderOptions, 'src' | 'indicator'>, slot?: string): string {
  const level = Math.min(6, Math.max(1, Math.round(options.headingLevel ?? 2)));
  const open = `<div class="${PRERENDERED_CLASS}"${slot ? ` slot="${escapeMarkup(slot)}"` : ''}>`;
  const title = `<h${level}>${escapeMarkup(model.title)}</h${level}>`;
  if (model.empty) return `${open}${title}<p>${escapeMarkup(model.empty)}</p></div>`;
  const summary = summarize(model);
  const source = sourceLine(model);
  const notes = source.mandatoryNotes.map(readerNote).filter((n): n is string => n !== undefined);
  const chart = prerenderChart(model, summary, options.width);
  return [
    open,
    title,
    `<p>${escapeMarkup(model.subtitle)}</p>`,
    options.noToolbar ? '' : room(TOOLBAR_ROOM),
    chart,
    `<p>${escapeMarkup(summary)}</p>`,
    `<p>${escapeMarkup(source.text)}</p>`,
    ...notes.map((n) => `<p>${escapeMarkup(n)}</p>`),
    options.noShare ? '' : room(SHARE_ROOM),
    `<noscript>${prerenderTable(model)}</noscript>`,
    '</div>',
  ].join('\n');
}
