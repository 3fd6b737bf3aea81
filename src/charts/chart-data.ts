import type { Lang } from '../data/types.js';
import { STATUS_SYMBOLS } from '../data/status.js';
import type { ViewModel, ViewRow } from '../indicators/view-model.js';
import type { Theme } from './theme.js';

/**
 * The rows a chart template draws, one per view row (plus one gap note per stacked bar with missing parts).
 * Geometry that depends on the data (stacking, the open end of a bound, where a gap symbol sits, which line
 * label moves out of the way of another) is computed here rather than in the template, so that the compiled
 * templates need only a handful of Vega transforms and never depend on the data.
 */
export interface ChartDatum {
  /** Unique per mark. */
  key: string;
  /** Category on the band axis: the region (or part, or region and period). */
  cat: string;
  /** Order of the category on its axis. */
  ord: number;
  /** Legend / colour group (part or series), '' when there is none. */
  series: string;
  sord: number;
  periodLabel: string;
  pord: number;
  value: number | null;
  /** Bar extent in data units (stacked bars start where the previous part ended). Null for a gap. */
  x0: number | null;
  x1: number | null;
  /** How a bound is drawn: `out` solid bar + dashed extension away from zero, `in` pale bar, dashed outline. */
  open: '' | 'out' | 'in';
  /** Far end of an `out` extension. */
  ext: number | null;
  /** Where the arrowhead of a bound sits, and which way it points. */
  arrowX: number | null;
  arrow: '' | 'triangle-right' | 'triangle-left' | 'triangle-up' | 'triangle-down' | 'circle';
  /** Anchor of the value label (or of the gap symbol). */
  lx: number;
  /** Value label runs leftwards (negative values). */
  neg: boolean;
  q: '' | 'atLeast' | 'atMost' | 'approx';
  gap: boolean;
  /** The compact value (`> 70 %`, `ca. 68 mrd. kr`) or the status symbol of a gap (`..`). */
  label: string;
  /** Label inside a stacked part, '' when the part is too narrow to hold it. */
  inLabel: string;
  /** Fill / stroke of the mark, resolved from the theme. */
  color: string;
  /** Text colour on top of the fill. */
  onColor: string;
  cmp: boolean;
  derived: boolean;
  /** Tooltip text, one item per line. */
  tip: string;
  /** Line charts: the line this point belongs to, its y value, and the end label. */
  line: string;
  y: number | null;
  /** Line charts: where the end label (or a gap symbol) sits. */
  ly: number | null;
  end: boolean;
  endLabel: string;
}

/** A horizontal reference line (index = 100), supplied as the `refs` data set. */
export interface ChartRef {
  y: number;
  label: string;
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
  | 'index-lines';

export const TEMPLATE_KEYS: readonly TemplateKey[] = ['change-bars', 'level-bars', 'share-bars', 'diverging-bars', 'diverging-bars/series', 'part-of-whole', 'part-of-whole/single', 'index-lines'];

const TEXT = {
  derived: { nb: 'beregnet', nn: 'berekna', en: 'derived' },
  source: { nb: 'Kilden sier', nn: 'Kjelda seier', en: 'Source says' },
} satisfies Record<string, Record<Lang, string>>;

function hasSeries(model: ViewModel): boolean {
  return model.rows.some((r) => r.series !== undefined);
}

/** Distinct values in first-seen order. */
function distinctOrder<T>(items: T[]): Map<T, number> {
  const order = new Map<T, number>();
  for (const item of items) if (!order.has(item)) order.set(item, order.size);
  return order;
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
    default:
      return model.chart;
  }
}

function tooltip(row: ViewRow, lang: Lang, withSeries: boolean): string {
  const lines = [withSeries && row.seriesLabel ? `${row.regionLabel} – ${row.seriesLabel}` : row.regionLabel, row.periodLabel];
  if (row.value === null) {
    const symbol = row.status ?? '..';
    const meaning = STATUS_SYMBOLS[symbol]?.[lang];
    lines.push(meaning ? `${symbol} (${meaning})` : symbol);
  } else lines.push(row.label);
  if (row.qualifierText && row.qualifierText !== row.label) lines.push(`${TEXT.source[lang]}: «${row.qualifierText}»`);
  if (row.derived) lines.push(`(${TEXT.derived[lang]})`);
  return lines.join('\n');
}

/** Category labels must be unique on a band axis: two regions with one name get their code added. */
function uniqueLabels(keys: string[], label: (key: string) => string, code: (key: string) => string): Map<string, string> {
  const count = new Map<string, number>();
  for (const k of keys) count.set(label(k), (count.get(label(k)) ?? 0) + 1);
  return new Map(keys.map((k) => [k, count.get(label(k))! > 1 ? `${label(k)} (${code(k)})` : label(k)]));
}

function blank(): Omit<ChartDatum, 'key' | 'cat' | 'ord' | 'tip' | 'color' | 'onColor'> {
  return {
    series: '',
    sord: 0,
    periodLabel: '',
    pord: 0,
    value: null,
    x0: null,
    x1: null,
    open: '',
    ext: null,
    arrowX: null,
    arrow: '',
    lx: 0,
    neg: false,
    q: '',
    gap: false,
    label: '',
    inLabel: '',
    cmp: false,
    derived: false,
    line: '',
    y: null,
    ly: null,
    end: false,
    endLabel: '',
  };
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
}

/**
 * The values for the `rows` data set of a model's template. Colours come from the theme, so a template never
 * needs to know how many regions or which one is the comparison.
 */
export function chartData(model: ViewModel, theme: Theme): ChartDatum[] {
  const key = templateKey(model);
  if (key === 'index-lines') return lineData(model, theme);
  if (key === 'part-of-whole') return stackedData(model, theme);

  const single = key === 'part-of-whole/single';
  const grouped = key === 'diverging-bars/series';
  const catKey = (r: ViewRow) => (single ? (r.series ?? r.region) : r.region);
  const catOrder = distinctOrder(model.rows.map(catKey));
  const labels = uniqueLabels(
    [...catOrder.keys()],
    (k) => {
      const r = model.rows.find((x) => catKey(x) === k)!;
      return single ? (r.seriesLabel ?? r.regionLabel) : r.regionLabel;
    },
    (k) => k,
  );
  const seriesOrder = distinctOrder(model.rows.map((r) => r.seriesLabel ?? ''));
  const values = model.rows.map((r) => r.value).filter((v): v is number => v !== null);
  const span = Math.max(...values.map(Math.abs), 0) || 1;
  const extLength = (key === 'share-bars' ? 0.12 : 0.1) * span;
  const signed = key === 'diverging-bars';

  return model.rows.map((row, i) => {
    const seriesIndex = seriesOrder.get(row.seriesLabel ?? '') ?? 0;
    const color = grouped
      ? theme.series[seriesIndex % theme.series.length]!
      : row.isComparison
        ? theme.comparison
        : signed && row.value !== null
          ? row.value < 0
            ? theme.diverging[0]
            : theme.diverging[4]
          : theme.accent;
    const d: ChartDatum = {
      ...blank(),
      key: `${row.region}|${row.period}|${row.series ?? ''}|${i}`,
      cat: labels.get(catKey(row))!,
      ord: catOrder.get(catKey(row))!,
      series: grouped ? (row.seriesLabel ?? '') : '',
      sord: seriesIndex,
      periodLabel: row.periodLabel,
      value: row.value,
      q: row.qualifier ?? '',
      cmp: row.isComparison,
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
      d.neg = row.value < 0;
      d.label = row.shortLabel;
      bound(d, row, extLength);
    }
    return d;
  });
}

/** One horizontal bar per region (and period), parts stacked in series order; negative parts stack leftwards. */
function stackedData(model: ViewModel, theme: Theme): ChartDatum[] {
  const periods = new Set(model.rows.map((r) => r.period));
  const catKey = (r: ViewRow) => (periods.size > 1 ? `${r.region}\u0000${r.period}` : r.region);
  const catOrder = distinctOrder(model.rows.map(catKey));
  const labels = uniqueLabels(
    [...catOrder.keys()],
    (k) => {
      const r = model.rows.find((x) => catKey(x) === k)!;
      return periods.size > 1 ? `${r.regionLabel} ${r.periodLabel}` : r.regionLabel;
    },
    (k) => k.split('\u0000')[0]!,
  );
  const seriesOrder = distinctOrder(model.rows.map((r) => r.seriesLabel ?? r.series ?? ''));
  const totals = new Map<string, { pos: number; neg: number; gaps: ViewRow[]; cmp: boolean }>();
  for (const r of model.rows) {
    const t = totals.get(catKey(r)) ?? { pos: 0, neg: 0, gaps: [], cmp: r.isComparison };
    if (r.value === null) t.gaps.push(r);
    else if (r.value >= 0) t.pos += r.value;
    else t.neg += r.value;
    totals.set(catKey(r), t);
  }
  const span = Math.max(...[...totals.values()].map((t) => Math.max(t.pos, -t.neg)), 0) || 1;
  const ends = new Map<string, { pos: number; neg: number }>();
  const out: ChartDatum[] = [];

  model.rows.forEach((row, i) => {
    if (row.value === null) return;
    const k = catKey(row);
    const end = ends.get(k) ?? { pos: 0, neg: 0 };
    const seriesLabel = row.seriesLabel ?? row.series ?? '';
    const sord = seriesOrder.get(seriesLabel)!;
    const x0 = row.value >= 0 ? end.pos : end.neg;
    const x1 = x0 + row.value;
    if (row.value >= 0) end.pos = x1;
    else end.neg = x1;
    ends.set(k, end);
    const d: ChartDatum = {
      ...blank(),
      key: `${row.region}|${row.period}|${row.series ?? ''}|${i}`,
      cat: labels.get(k)!,
      ord: catOrder.get(k)!,
      series: seriesLabel,
      sord,
      periodLabel: row.periodLabel,
      value: row.value,
      x0,
      x1,
      lx: (x0 + x1) / 2,
      neg: row.value < 0,
      q: row.qualifier ?? '',
      label: row.shortLabel,
      // A part narrower than ~15 % of the longest bar cannot hold its label; the tooltip and the table still have it.
      inLabel: Math.abs(row.value) / span >= 0.15 ? row.shortLabel : '',
      cmp: row.isComparison,
      derived: row.derived,
      color: theme.series[sord % theme.series.length]!,
      onColor: theme.pageBackground,
      tip: tooltip(row, model.lang, true),
    };
    // Bounds inside a stack are drawn pale with a dashed outline: the parts after it cannot start at a known place.
    if (row.qualifier === 'atLeast' || row.qualifier === 'atMost') d.open = 'in';
    out.push(d);
  });

  // Missing parts: one note per bar, after its end, listing which parts are missing and why.
  for (const [k, t] of totals) {
    if (t.gaps.length === 0) continue;
    const first = t.gaps[0]!;
    const seriesText = t.gaps.map((g) => `${g.seriesLabel ?? g.series ?? ''} ${g.status ?? '..'}`.trim()).join(', ');
    out.push({
      ...blank(),
      key: `gap|${k}`,
      cat: labels.get(k)!,
      ord: catOrder.get(k)!,
      periodLabel: first.periodLabel,
      gap: true,
      lx: ends.get(k)?.pos ?? 0,
      label: seriesText,
      cmp: t.cmp,
      color: theme.muted,
      onColor: theme.pageBackground,
      tip: t.gaps.map((g) => tooltip(g, model.lang, true)).join('\n\n'),
    });
  }
  return out;
}

/** Points of index lines (one line per region, or per region and series), with end labels moved apart. */
function lineData(model: ViewModel, theme: Theme): ChartDatum[] {
  const withSeries = hasSeries(model);
  const regions = new Set(model.rows.map((r) => r.region));
  const lineKey = (r: ViewRow) => `${r.region}\u0000${r.series ?? ''}`;
  const lineLabel = (r: ViewRow) => (withSeries ? (regions.size > 1 ? `${r.regionLabel} – ${r.seriesLabel ?? r.series}` : (r.seriesLabel ?? r.series ?? '')) : r.regionLabel);
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

  const sorted = [...model.rows].sort((a, b) => lineOrder.get(lineKey(a))! - lineOrder.get(lineKey(b))! || periodOrder.get(a.period)! - periodOrder.get(b.period)!);
  const out: ChartDatum[] = sorted.map((row, i) => {
    const k = lineKey(row);
    return {
      ...blank(),
      key: `${row.region}|${row.period}|${row.series ?? ''}|${i}`,
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
      const before = points.slice(0, i).reverse().find((p) => p.y !== null);
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
  dodgeEndLabels(out.filter((d) => d.end));
  return out;
}

/**
 * Moves end labels apart so that they do not overlap. Works in data units on an estimate of the plot height
 * (the template draws lines 240 px high with 12 px labels), which is close enough for a handful of lines.
 */
function dodgeEndLabels(ends: ChartDatum[]): void {
  if (ends.length < 2) return;
  const ys = ends.map((d) => d.y!);
  const range = Math.max(...ys) - Math.min(...ys) || 1;
  const minGap = (range * 13) / 240;
  const sorted = [...ends].sort((a, b) => a.y! - b.y!);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (cur.ly! - prev.ly! < minGap) cur.ly = prev.ly! + minGap;
  }
  // Centre the moved block on the original positions so labels do not all drift upwards.
  const shift = (sorted.reduce((s, d) => s + d.ly! - d.y!, 0) / sorted.length);
  for (const d of sorted) d.ly = d.ly! - shift;
}

/** Reference lines for the `refs` data set: index = 100 when the lines are indexed to a start period. */
export function chartRefs(model: ViewModel): ChartRef[] {
  if (templateKey(model) !== 'index-lines') return [];
  const first = model.shownPeriods[0];
  const base = model.rows.filter((r) => r.period === first && r.value !== null);
  const indexed = base.length > 0 && base.every((r) => Math.abs(r.value! - 100) < 1e-9);
  return indexed || /index|indeks/i.test(`${model.measure} ${model.unit}`) ? [{ y: 100, label: '100' }] : [];
}
