import type { ViewModel, ViewRow } from '../indicators/view-model.js';
import { formatValue, statedDecimals } from '../indicators/format.js';
import { SOURCE_MESSAGES } from '../indicators/messages/sources.js';
import type { Theme } from './theme.js';
import { type ChartDatum, blank, distinctOrder, tooltip, uniqueLabels } from './chart-datum.js';

/** The bars of a stacked chart: one per region (or region and period), with its label and its place on the axis. */
interface Categories {
  key: (r: ViewRow) => string;
  order: Map<string, number>;
  labels: Map<string, string>;
}

/** What one bar adds up to: its positive and negative parts, the parts without a value, whether it is the comparison. */
interface BarTotal {
  pos: number;
  neg: number;
  gaps: ViewRow[];
  cmp: boolean;
}

/** Where a bar's positive and negative stacks end so far. */
type BarEnds = Map<string, { pos: number; neg: number }>;

/** One horizontal bar per region (and period), parts stacked in series order; negative parts stack leftwards. */
export function stackedData(model: ViewModel, theme: Theme): ChartDatum[] {
  const cats = stackCategories(model);
  const totals = barTotals(model, cats);
  const span = Math.max(...[...totals.values()].map((t) => Math.max(t.pos, -t.neg)), 0) || 1;
  const ends: BarEnds = new Map();
  const parts = stackedParts(model, theme, cats, span, ends);
  return [...parts, ...barNotes(model, theme, cats, totals, ends)];
}

/** The bars, in first-seen order, labelled by region (and period when there are several). */
function stackCategories(model: ViewModel): Categories {
  const periods = new Set(model.rows.map((r) => r.period));
  const key = (r: ViewRow) => (periods.size > 1 ? `${r.region}\u0000${r.period}` : r.region);
  const order = distinctOrder(model.rows.map(key));
  const labels = uniqueLabels(
    [...order.keys()],
    (k) => {
      const r = model.rows.find((x) => key(x) === k)!;
      return periods.size > 1 ? `${r.regionLabel} ${r.periodLabel}` : r.regionLabel;
    },
    (k) => k.split('\u0000')[0]!,
  );
  return { key, order, labels };
}

/** Each bar's sums of positive and negative parts, and its missing parts. */
function barTotals(model: ViewModel, cats: Categories): Map<string, BarTotal> {
  const totals = new Map<string, BarTotal>();
  for (const r of model.rows) {
    const t = totals.get(cats.key(r)) ?? { pos: 0, neg: 0, gaps: [], cmp: r.isComparison };
    if (r.value === null) t.gaps.push(r);
    else if (r.value >= 0) t.pos += r.value;
    else t.neg += r.value;
    totals.set(cats.key(r), t);
  }
  return totals;
}

/** The parts with a value, each starting where the previous part of its sign ended (`ends` is advanced). */
function stackedParts(model: ViewModel, theme: Theme, cats: Categories, span: number, ends: BarEnds): ChartDatum[] {
  const seriesOrder = distinctOrder(model.rows.map((r) => r.seriesLabel ?? r.series ?? ''));
  const out: ChartDatum[] = [];
  model.rows.forEach((row, i) => {
    if (row.value === null) return;
    const k = cats.key(row);
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
      region: row.region,
      cat: cats.labels.get(k)!,
      ord: cats.order.get(k)!,
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
      // Inside a part the unit is left out (the axis title has it). Parts too narrow for it hide it (templates.ts).
      inLabel: Math.abs(row.value) / span >= 0.05 ? partLabel(row, model) : '',
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
  return out;
}

/**
 * After the end of each bar, one note: the whole when the feed gives it ("i alt 30,1 mrd. kr"), and which
 * parts are missing and why ("Statlige lønninger :"). The parts may not add up to the whole: the note says so
 * by giving the whole, rather than the chart inventing an "other" part.
 */
function barNotes(model: ViewModel, theme: Theme, cats: Categories, totals: Map<string, BarTotal>, ends: BarEnds): ChartDatum[] {
  const out: ChartDatum[] = [];
  for (const [k, t] of totals) {
    const whole = model.totals.find((w) => cats.key(w) === k);
    const gapText = t.gaps.map((g) => `${g.seriesLabel ?? g.series ?? ''} ${g.status ?? '..'}`.trim()).join(', ');
    const wholeText = whole ? `${SOURCE_MESSAGES.total[model.lang]} ${whole.shortLabel}` : '';
    if (!gapText && !wholeText) continue;
    const first = whole ?? t.gaps[0]!;
    out.push({
      ...blank(),
      key: `note|${k}`,
      region: '',
      cat: cats.labels.get(k)!,
      ord: cats.order.get(k)!,
      periodLabel: first.periodLabel,
      gap: true,
      lx: ends.get(k)?.pos ?? 0,
      label: [wholeText, gapText].filter(Boolean).join(' · '),
      cmp: t.cmp,
      color: theme.muted,
      onColor: theme.pageBackground,
      tip: [...(whole ? [tooltip(whole, model.lang, false)] : []), ...t.gaps.map((g) => tooltip(g, model.lang, true))].join('\n\n'),
    });
  }
  return out;
}

/** A part's value without its unit (the axis title has it), for a label inside the part. */
function partLabel(row: ViewRow, model: ViewModel): string {
  const v = row.value!;
  const text = {
    value: v,
    decimals: statedDecimals(v, model.decimals),
    ...(row.qualifier ? { qualifier: row.qualifier } : {}),
    ...(row.qualifierText ? { qualifierText: row.qualifierText } : {}),
  };
  return formatValue(text, model.lang, { compact: true, unit: false });
}
