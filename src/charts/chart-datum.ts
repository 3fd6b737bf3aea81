import type { Lang } from '../data/types.js';
import { STATUS_SYMBOLS } from '../data/status.js';
import type { ViewRow } from '../indicators/view-model.js';
import { SOURCE_MESSAGES } from '../indicators/messages/sources.js';

/**
 * The rows a chart template draws, one per view row (plus one gap note per stacked bar with missing parts).
 * Geometry that depends on the data (stacking, the open end of a bound, where a gap symbol sits, which line
 * label moves out of the way of another) is computed here rather than in the template, so that the compiled
 * templates need only a handful of Vega transforms and never depend on the data.
 */
export interface ChartDatum {
  /** Unique per mark. */
  key: string;
  /** Region code of the row behind the mark ('' for notes): what a click selects. */
  region: string;
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
  /** Line charts: stroke width (the comparison and focus regions are drawn heavier). */
  width: number;
}

/** Distinct values in first-seen order. */
export function distinctOrder<T>(items: T[]): Map<T, number> {
  const order = new Map<T, number>();
  for (const item of items) if (!order.has(item)) order.set(item, order.size);
  return order;
}

/** Tooltip text of a row, one item per line. */
export function tooltip(row: ViewRow, lang: Lang, withSeries: boolean): string {
  const lines = [withSeries && row.seriesLabel ? `${row.regionLabel} – ${row.seriesLabel}` : row.regionLabel, row.periodLabel];
  if (row.value === null) {
    const symbol = row.status ?? '..';
    const meaning = STATUS_SYMBOLS[symbol]?.[lang];
    lines.push(meaning ? `${symbol} (${meaning})` : symbol);
  } else lines.push(row.label);
  if (row.qualifierText && row.qualifierText !== row.label) lines.push(`${SOURCE_MESSAGES.sourceSays[lang]}: «${row.qualifierText}»`);
  if (row.derived) lines.push(`(${SOURCE_MESSAGES.derived[lang]})`);
  return lines.join('\n');
}

/** Category labels must be unique on a band axis: two regions with one name get their code added. */
export function uniqueLabels(keys: string[], label: (key: string) => string, code: (key: string) => string): Map<string, string> {
  const count = new Map<string, number>();
  for (const k of keys) count.set(label(k), (count.get(label(k)) ?? 0) + 1);
  return new Map(keys.map((k) => [k, count.get(label(k))! > 1 ? `${label(k)} (${code(k)})` : label(k)]));
}

/** A datum with every field empty, to spread the fields a mark sets over. */
export function blank(): Omit<ChartDatum, 'key' | 'cat' | 'ord' | 'tip' | 'color' | 'onColor'> {
  return {
    region: '',
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
    width: 2,
  };
}
