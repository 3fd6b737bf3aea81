import type { ViewModel, ViewRow } from '../indicators/view-model.js';
import { isPercentUnit } from '../indicators/format.js';
import { labelWithUnit } from '../indicators/unit-label.js';
import type { Theme } from './theme.js';
import { hasLineLegend } from './line-legend.js';
import { type ChartDatum, blank, distinctOrder, tooltip, uniqueLabels } from './chart-datum.js';
import { stackedData } from './stacked-data.js';

export type { ChartDatum } from './chart-datum.js';

/** A horizontal reference line (index = 100), supplied as the `refs` data set. */
export interface ChartRef {
  y: number;
  label: string;
}

/** A remark's mark on a line chart (the `marks` data set): a rule at a period, labelled at the first. */
export interface ChartMark {
  periodLabel: string;
  pord: number;
  /** "2020: Hedmark og Oppland …" on the rule at the start; '' on the rule that ends a span. */
  label: string;
  /** The label runs away from the nearer edge: rightwards from a rule in the left half, leftwards in the right. */
  align: 'left' | 'right';
  dx: number;
  /** Labels are drawn one under the other (row 0 at the top), so that two near each other never overlap. */
  row: number;
}

/** How the model is drawn; each shape has its own compiled template. */
export type TemplateKey =
  | 'change-bars'
  | 'level-bars'
  | 'share-bars'
  | 'diverging-bars'
  | 'diverging-bars/series'
  | 'part-of-whole'
  | 'part-of-whole/single'
  | 'index-lines'
  | 'index-lines/legend';

export const TEMPLATE_KEYS: readonly TemplateKey[] = [
  'change-bars',
  'level-bars',
  'share-bars',
  'diverging-bars',
  'diverging-bars/series',
  'part-of-whole',
  'part-of-whole/single',
  'index-lines',
  'index-lines/legend',
];

/** The value axis title: the measure, with its unit unless the label already says it (`Endring i prosent`). */
export function valueTitle(model: ViewModel): string {
  return labelWithUnit(model.measureLabel, model.unit);
}

/** Shares in per cent are drawn on a 0–100 axis, so that "over 70 %" looks like most of the whole: 100, or null. */
export function shareAxisMax(model: ViewModel): number | null {
  const values = model.rows.map((r) => r.value).filter((v): v is number => v !== null);
  return model.chart === 'share-bars' && isPercentUnit(model.unit) && values.every((v) => v >= 0 && v <= 100) ? 100 : null;
}

export { MAX_END_LABELS } from './line-legend.js';

function hasSeries(model: ViewModel): boolean {
  return model.rows.some((r) => r.series !== undefined);
}

/** The template that draws a model. */
export function templateKey(model: ViewModel): TemplateKey {
  switch (model.chart) {
    case 'part-of-whole': {
      const groups = new Set(model.rows.map((r) => `${r.region}\u0000${r.period}`));
      return groups.size <= 1 && hasSeries(model) ? 'part-of-whole/single' : 'part-of-whole';
    }
    case 'diverging-bars':
      return new Set(model.rows.map((r) => r.series ?? '')).size > 1 ? 'diverging-bars/series' : 'diverging-bars';
    case 'index-lines':
      return hasLineLegend(model) ? 'index-lines/legend' : 'index-lines';
    default:
      return model.chart;
  }
}

/** Adds the geometry of a qualified bar: the bound's open end, its arrow, where the label goes. */
function bound(d: ChartDatum, row: ViewRow, extLength: number): void {
  const x1 = d.x1 ?? 0;
  const q = row.qualifier;
  if (q === 'atLeast' || q === 'atMost') {
    // A bound that is open away from zero ("over 70") is certain up to the value: solid bar, dashed extension.
    // One open towards zero ("under 30") is certain about nothing below the value: pale bar, dashed outline.
    const outward = (q === 'atLeast') === x1 >= 0;
    const dir = q === 'atLeast' ? 1 : -1;
    d.open = outward ? 'out' : 'in';
    d.ext = outward ? x1 + dir * extLength : null;
    d.arrowX = outward ? d.ext : x1;
    d.arrow = dir > 0 ? 'triangle-right' : 'triangle-left';
    d.lx = outward ? d.ext! : x1;
  } else d.lx = x1;
  // Labels of negative bars go on the right of the zero line: on the left they would run into the region
  // names of the category axis.
  if (x1 < 0) {
    d.lx = 0;
    d.neg = false;
  }
}

/**
 * The values for the `rows` data set of a model's template. Colours come from the theme, so a template never
 * needs to know how many regions or which one is the comparison.
 */
export function chartData(model: ViewModel, theme: Theme): ChartDatum[] {
  const key = templateKey(model);
  if (key === 'index-lines' || key === 'index-lines/legend') return lineData(model, theme);
  if (key === 'part-of-whole') return stackedData(model, theme);

  const single = key === 'part-of-whole/single';
  const grouped = key === 'diverging-bars/series';
  // One region's parts: the whole (when the feed gives it) comes first, drawn like a comparison.
  const whole = single ? model.totals.find((t) => model.rows.some((r) => r.region === t.region && r.period === t.period)) : undefined;
  const rows = whole ? [whole, ...model.rows] : model.rows;
  const catKey = (r: ViewRow) => (single ? (r.series ?? r.region) : r.region);
  const catOrder = distinctOrder(rows.map(catKey));
  const labels = uniqueLabels(
    [...catOrder.keys()],
    (k) => {
      const r = rows.find((x) => catKey(x) === k)!;
      return single ? (r.seriesLabel ?? r.regionLabel) : r.regionLabel;
    },
    (k) => k,
  );
  const seriesOrder = distinctOrder(model.rows.map((r) => r.seriesLabel ?? ''));
  const values = rows.map((r) => r.value).filter((v): v is number => v !== null);
  const span = Math.max(...values.map(Math.abs), 0) || 1;
  const extLength = (key === 'share-bars' ? 0.12 : 0.1) * span;
  const signed = key === 'diverging-bars';

  return rows.map((row, i) => {
    const seriesIndex = seriesOrder.get(row.seriesLabel ?? '') ?? 0;
    const color = grouped
      ? theme.series[seriesIndex % theme.series.length]!
      : row.isComparison || row === whole
        ? theme.comparison
        : signed && row.value !== null
          ? row.value < 0
            ? theme.diverging[0]
            : theme.diverging[4]
          : theme.accent;
    const d: ChartDatum = {
      ...blank(),
      key: `${row.region}|${row.period}|${row.series ?? ''}|${i}`,
      region: row.region,
      cat: labels.get(catKey(row))!,
      ord: catOrder.get(catKey(row))!,
      series: grouped ? (row.seriesLabel ?? '') : '',
      sord: seriesIndex,
      periodLabel: row.periodLabel,
      value: row.value,
      q: row.qualifier ?? '',
      // The whole of a region's parts is marked like a comparison: it is what the parts are read against.
      cmp: row.isComparison || row === whole,
      derived: row.derived,
      color,
      onColor: theme.pageBackground,
      tip: tooltip(row, model.lang, !single && row.seriesLabel !== undefined),
    };
    if (row.value === null) {
      d.gap = true;
      d.label = row.status ?? row.shortLabel ?? '..';
      d.lx = 0;
    } else {
      d.x0 = 0;
      d.x1 = row.value;
      d.label = row.shortLabel;
      bound(d, row, extLength);
    }
    return d;
  });
}

/** Points of index lines (one line per region, or per region and series), with end labels moved apart. */
function lineData(model: ViewModel, theme: Theme): ChartDatum[] {
  const withSeries = hasSeries(model);
  const regions = new Set(model.rows.map((r) => r.region));
  const lineKey = (r: ViewRow) => `${r.region}\u0000${r.series ?? ''}`;
  const lineLabel = (r: ViewRow) =>
    withSeries ? (regions.size > 1 ? `${r.regionLabel} – ${r.seriesLabel ?? r.series}` : (r.seriesLabel ?? r.series ?? '')) : r.regionLabel;
  const lineOrder = distinctOrder(model.rows.map(lineKey));
  const periodOrder = new Map(model.shownPeriods.map((p, i) => [p, i]));
  for (const r of model.rows) if (!periodOrder.has(r.period)) periodOrder.set(r.period, periodOrder.size);

  // Colours: the comparison region keeps its colour, the focus region the accent, the others the palette.
  let paletteIndex = 0;
  const colorOf = new Map<string, string>();
  for (const k of lineOrder.keys()) {
    const r = model.rows.find((x) => lineKey(x) === k)!;
    if (r.isComparison && !withSeries) colorOf.set(k, theme.comparison);
    else if (r.isFocus && !withSeries && model.focus.length === 1) colorOf.set(k, theme.accent);
    else colorOf.set(k, theme.series[paletteIndex++ % theme.series.length]!);
  }

  const sorted = [...model.rows].sort(
    (a, b) => lineOrder.get(lineKey(a))! - lineOrder.get(lineKey(b))! || periodOrder.get(a.period)! - periodOrder.get(b.period)!,
  );
  const out: ChartDatum[] = sorted.map((row, i) => {
    const k = lineKey(row);
    return {
      ...blank(),
      key: `${row.region}|${row.period}|${row.series ?? ''}|${i}`,
      region: row.region,
      cat: row.periodLabel,
      ord: periodOrder.get(row.period)!,
      series: lineLabel(row),
      sord: lineOrder.get(k)!,
      periodLabel: row.periodLabel,
      pord: periodOrder.get(row.period)!,
      value: row.value,
      y: row.value,
      gap: row.value === null,
      q: row.qualifier ?? '',
      // Points of a bound point the way the truth lies.
      arrow: row.qualifier === 'atLeast' ? 'triangle-up' : row.qualifier === 'atMost' ? 'triangle-down' : 'circle',
      label: row.value === null ? (row.status ?? '..') : row.shortLabel,
      cmp: row.isComparison,
      derived: row.derived,
      line: lineOrder.get(k)!.toString(),
      color: colorOf.get(k)!,
      width: row.isComparison || row.isFocus ? 3 : 2,
      onColor: theme.pageBackground,
      tip: tooltip(row, model.lang, withSeries),
    };
  });

  // A gap symbol sits where the line breaks: at the last value before the gap, else the first after it.
  const byLine = new Map<string, ChartDatum[]>();
  for (const d of out) byLine.set(d.line, [...(byLine.get(d.line) ?? []), d]);
  for (const points of byLine.values()) {
    points.forEach((d, i) => {
      if (d.y !== null) return;
      const before = points
        .slice(0, i)
        .reverse()
        .find((p) => p.y !== null);
      const after = points.slice(i + 1).find((p) => p.y !== null);
      d.ly = before?.y ?? after?.y ?? null;
    });
    const last = [...points].reverse().find((p) => p.y !== null);
    if (last) {
      last.end = true;
      last.endLabel = last.series;
      last.ly = last.y;
    }
  }
  const ys = out.map((d) => d.y).filter((y): y is number => y !== null);
  dodgeEndLabels(
    out.filter((d) => d.end),
    Math.min(...ys, ...chartRefs(model).map((r) => r.y)),
    Math.max(...ys, ...chartRefs(model).map((r) => r.y)),
  );
  return out;
}

/**
 * Moves end labels apart so that they do not overlap. Works in data units: `[min, max]` (the span of all
 * values) is drawn 240 px high by the template, and a 12 px label needs about 13 px. Labels stay within the
 * span, so they never stretch the axis. Close enough for the handful of lines that get end labels.
 */
function dodgeEndLabels(ends: ChartDatum[], min: number, max: number): void {
  if (ends.length < 2) return;
  const range = max - min || 1;
  const gap = (range * 13) / 240;
  const sorted = [...ends].sort((a, b) => a.y! - b.y!);
  if (gap * (sorted.length - 1) >= range) {
    sorted.forEach((d, i) => (d.ly = min + (i * range) / (sorted.length - 1)));
    return;
  }
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (cur.ly! - prev.ly! < gap) cur.ly = prev.ly! + gap;
  }
  // Centre the moved labels on where they belong, then keep the block inside the span.
  const shift = sorted.reduce((s, d) => s + d.ly! - d.y!, 0) / sorted.length;
  const low = sorted[0]!.ly! - shift;
  const high = sorted[sorted.length - 1]!.ly! - shift;
  const adjust = low < min ? min - low : high > max ? max - high : 0;
  for (const d of sorted) d.ly = d.ly! - shift + adjust;
}

/**
 * Long category names on two lines instead of cut off: "Innlandet utenom Gjøvikregionen" → ["Innlandet
 * utenom", "Gjøvikregionen"]. Breaks at the space or hyphen nearest the middle; names that fit (about 20
 * characters at 12 px in the 140 px the axis gives them) stay on one line.
 */
export function wrapLabel(text: string, max = 20): string[] {
  if (text.length <= max) return [text];
  let best = -1;
  for (let i = 1; i < text.length - 1; i++) {
    if (text[i] !== ' ' && text[i] !== '-') continue;
    if (best < 0 || Math.abs(i - text.length / 2) < Math.abs(best - text.length / 2)) best = i;
  }
  if (best < 0) return [text];
  const cut = text[best] === '-' ? best + 1 : best;
  return [text.slice(0, cut).trim(), text.slice(cut).trim()];
}

/**
 * The width (px) a category label may take before it is cut with an ellipsis: 140 px, or up to 40 % of a wider
 * chart, so long region names are drawn whole where there is room.
 */
export function categoryLabelLimit(width: number): number {
  return Math.max(140, Math.floor(width * 0.4));
}

/** Reference lines for the `refs` data set: index = 100 when the lines are indexed to a start period. */
export function chartRefs(model: ViewModel): ChartRef[] {
  if (!templateKey(model).startsWith('index-lines')) return [];
  const first = model.shownPeriods[0];
  const base = model.rows.filter((r) => r.period === first && r.value !== null);
  const indexed = base.length > 0 && base.every((r) => Math.abs(r.value! - 100) < 1e-9);
  return indexed || /index|indeks/i.test(`${model.measure} ${model.unit}`) ? [{ y: 100, label: '100' }] : [];
}

/**
 * The feed's remarks as marks on a line chart: a rule at the first period shown inside each remark's period (and
 * one at the last, for a span), labelled with the period and the text (feed text, drawn as SVG text, never markup).
 */
export function chartMarks(model: ViewModel): ChartMark[] {
  if (!templateKey(model).startsWith('index-lines')) return [];
  const order = new Map(model.shownPeriods.map((p, i) => [p, i]));
  const label = new Map(model.rows.map((r) => [r.period, r.periodLabel]));
  let rows = 0;
  const mark = (period: string, text: string): ChartMark => {
    const pord = order.get(period) ?? 0;
    const left = pord <= (model.shownPeriods.length - 1) / 2;
    return { periodLabel: label.get(period)!, pord, label: text, align: left ? 'left' : 'right', dx: left ? 4 : -4, row: text ? rows++ : 0 };
  };
  const out: ChartMark[] = [];
  for (const a of model.annotations ?? []) {
    if (a.from === undefined || !label.has(a.from)) continue;
    out.push(mark(a.from, `${a.periodLabel}: ${a.text}`));
    if (a.to !== undefined && a.to !== a.from && label.has(a.to)) out.push(mark(a.to, ''));
  }
  return out;
}
