/**
 * What a choropleth map of an indicator shows, without a DOM: which region goes on which tile or shape, its
 * colour class, the legend, the regions that are not on the map (Norway, peer towns) and the gaps.
 *
 * Colour is never the only carrier of meaning: every area has its value as text (in the tile, in the
 * tooltip and in its accessible name), a gap gets the no-data class and its status symbol (never the colour
 * of 0), and a value that is a bound or an estimate ("over 70 %", "ca. 68") is flagged to be hatched.
 */
import type { Lang, Qualifier } from '../data/types.js';
import type { ViewModel, ViewRow } from '../indicators/view-model.js';
import { formatNumber, isPercentUnit } from '../indicators/format.js';
import { MUNICIPALITY_TILES, REGION_TILES, regionName, type Tile } from '../data/geography.js';
import { harmoniseCode } from '../data/reform.js';
import { STATUS_SYMBOLS } from '../data/status.js';
import { MAP_MESSAGES } from '../indicators/messages/map.js';
import { contrastBetween } from './contrast.js';

export type MapLevel = 'municipality' | 'region';
export type MapScheme = 'sequential' | 'diverging';
export type BinMethod = 'nice' | 'quantile';

export interface MapModelOptions {
  /** Which tile grid the rows are placed on when `places` is not given. Default `municipality`. */
  level?: MapLevel;
  /** Codes of the shapes on the map (e.g. the codes of the geo features drawn); default the level's tiles. */
  places?: readonly string[];
  /** Names for `places` (e.g. from the geo file), used when neither the data nor the geography table names one. */
  placeNames?: Readonly<Record<string, string>>;
  /** Number of colour classes (at most; fewer when the values do not need them). Default 5. */
  classes?: number;
  /** Diverging: at most this many classes on each side of zero. Default `ceil(classes / 2)`. */
  divergingSteps?: number;
  /** `nice` (round limits, default) or `quantile` (equal counts, rounded limits; sequential only). */
  method?: BinMethod;
  /** Default: diverging around 0 when any value on the map is negative, else sequential. */
  scheme?: MapScheme;
  /** Period to map when the view has several; default the last shown. */
  period?: string;
  /** Series (category of the parts dimension) to map when the view has several; default the first. */
  series?: string;
  /**
   * Rows of every period the map can show (a time slider's): the class limits cover their values on the map's
   * places too, so that a colour means the same in every year. Default: the mapped period's values only.
   */
  scaleRows?: readonly ViewRow[];
}

export interface MapClass {
  index: number;
  /** Lower limit (inclusive). */
  from: number;
  /** Upper limit (exclusive, inclusive for the last class). */
  to: number;
  label: string;
  /** Number of areas on the map in the class. */
  count: number;
  /** -1 below zero, +1 at or above zero (diverging); 0 sequential. */
  side: -1 | 0 | 1;
  /** Steps from zero (diverging) or from the lowest class (sequential, 0-based). */
  step: number;
}

export interface MapArea {
  /** The code to select: the data's region code when the area has a row, else the place's code. */
  code: string;
  /** Code of the tile or shape. */
  place: string;
  name: string;
  row?: ViewRow;
  value: number | null;
  /** The value as a person reads it (`over 70 %`, `..`), empty when the data has no row for the area. */
  label: string;
  /** Compact label for the tile (`> 70 %`). */
  shortLabel: string;
  status?: string;
  qualifier?: Qualifier;
  /** Index into {@link MapModel.classes}; null = no data. */
  classIndex: number | null;
  /** A bound or an estimate: draw hatched. */
  hatched: boolean;
  /** "Gjøvik: 12,5 %", "Gjøvik: ingen data (..: tall kan ikke offentliggjøres eller er ikke tilgjengelig)". */
  accessibleName: string;
}

export interface OffMapEntry {
  code: string;
  name: string;
  label: string;
  row: ViewRow;
  isComparison: boolean;
}

export interface LegendEntry {
  kind: 'class' | 'no-data' | 'hatched';
  label: string;
  classIndex?: number;
  count: number;
  /** Status symbols behind the no-data entry (`..`, `:`). */
  symbols?: string[];
}

export interface MapModel {
  lang: Lang;
  level: MapLevel;
  title: string;
  subtitle: string;
  measureLabel: string;
  unit: string;
  scheme: MapScheme;
  method: BinMethod;
  classes: MapClass[];
  /** One per place, in the order of `places`. */
  areas: MapArea[];
  /** Regions in the data that are not on the map: the comparison first. */
  offMap: OffMapEntry[];
  legend: LegendEntry[];
  /** Areas with a row (value or gap). */
  placed: number;
  period?: string;
  series?: string;
  seriesLabel?: string;
}

/** Tiles of a level. */
export function levelTiles(level: MapLevel): Readonly<Record<string, Tile>> {
  return level === 'region' ? REGION_TILES : MUNICIPALITY_TILES;
}

/** A region's name inside an Innlandet map: "Våler", not "Våler (Innlandet)". */
function shortName(label: string): string {
  return label.replace(/\s+\((?:Innlandet|Hedmark|Oppland)\)$/, '');
}

// ---------------------------------------------------------------------------------------------------------
// Class limits

const tidy = (x: number): number => Number(x.toPrecision(12));

const ROUND = [1, 2, 2.5, 5];
const FINER = [1, 2, 2.5, 3, 4, 5, 6, 8];

/** Steps m × 10^p for the mantissas given, from the smallest that could do, upwards. */
function* niceSteps(span: number, n: number, mantissas: readonly number[] = ROUND): Generator<number> {
  const raw = span / Math.max(1, n);
  let p = Math.floor(Math.log10(raw > 0 ? raw : 1)) - 1;
  for (;;) {
    for (const m of mantissas) {
      const step = tidy(m * 10 ** p);
      // Past the largest double there are no more steps (the callers fall back to plain limits); without this,
      // values near ±1.8e308 sent equalBreaks into an endless loop.
      if (!Number.isFinite(step)) return;
      yield step;
    }
    p++;
  }
}

function equalBreaks(min: number, max: number, n: number, mantissas: readonly number[]): number[] {
  for (const step of niceSteps(max - min, n, mantissas)) {
    const lo = Math.floor(tidy(min / step)) * step;
    const hi = Math.ceil(tidy(max / step)) * step;
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) continue;
    const k = Math.max(1, Math.round((hi - lo) / step));
    if (k <= n) return Array.from({ length: k + 1 }, (_, i) => tidy(lo + i * step));
  }
  return [min, max];
}

/**
 * Round limits covering [min, max] in at most `n` classes of equal width: steps of 1, 2, 2.5 or 5 × 10^p,
 * or 3, 4, 6 or 8 × 10^p when the rounder steps would leave fewer than n − 1 classes.
 */
export function niceBreaks(min: number, max: number, n = 5): number[] {
  if (!(max > min)) return [min, max];
  const round = equalBreaks(min, max, n, ROUND);
  if (round.length - 1 >= n - 1) return round;
  const finer = equalBreaks(min, max, n, FINER);
  return finer.length > round.length ? finer : round;
}

/** Limits at the quantiles of the values, rounded to two significant digits of the range. */
export function quantileBreaks(values: readonly number[], n = 5): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  if (!(max > min)) return [min, max];
  const unit = 10 ** (Math.floor(Math.log10(max - min)) - 1);
  const inner = new Set<number>();
  for (let i = 1; i < n; i++) {
    const h = (sorted.length - 1) * (i / n);
    const q = sorted[Math.floor(h)]! + (sorted[Math.ceil(h)]! - sorted[Math.floor(h)]!) * (h - Math.floor(h));
    const b = tidy(Math.round(q / unit) * unit);
    if (b > min && b < max) inner.add(b);
  }
  return [tidy(Math.floor(tidy(min / unit)) * unit), ...[...inner].sort((a, b) => a - b), tidy(Math.ceil(tidy(max / unit)) * unit)];
}

/** Symmetric round limits around 0: at most `perSide` classes below and above zero, one common width. */
export function divergingBreaks(min: number, max: number, perSide = 3): number[] {
  const lo = Math.min(min, 0);
  const hi = Math.max(max, 0);
  const extent = Math.max(-lo, hi);
  if (extent === 0) return [0, 0];
  for (const step of niceSteps(extent, perSide)) {
    const below = Math.ceil(tidy(-lo / step));
    const above = Math.ceil(tidy(hi / step));
    if (Math.max(below, above) <= perSide) {
      const out: number[] = [];
      for (let i = -below; i <= above; i++) out.push(tidy(i * step));
      // A value of exactly 0 needs a class above zero even when nothing else is positive.
      if (above === 0 && max >= 0) out.push(tidy(step));
      return out;
    }
  }
  return [lo, 0, hi];
}

/** Decimals needed to write every limit exactly (at most 4). */
function limitDecimals(breaks: readonly number[]): number {
  for (let d = 0; d < 4; d++) if (breaks.every((b) => Math.abs(b * 10 ** d - Math.round(b * 10 ** d)) < 1e-9)) return d;
  return 4;
}

function unitSuffix(unit: string): string {
  if (!unit) return '';
  return isPercentUnit(unit) ? '\u00a0%' : `\u00a0${unit}`;
}

/** "5–10 %", "−10 til −5 %", "12 %" (one value). */
function rangeLabel(from: number, to: number, decimals: number, unit: string, lang: Lang): string {
  const a = formatNumber(from, lang, decimals);
  const b = formatNumber(to, lang, decimals);
  if (from === to) return `${a}${unitSuffix(unit)}`;
  const sep = from < 0 || to < 0 ? ` ${MAP_MESSAGES.mapRangeTo[lang]} ` : '–';
  return `${a}${sep}${b}${unitSuffix(unit)}`;
}

function classOf(classes: readonly MapClass[], v: number): number {
  for (let i = classes.length - 1; i >= 0; i--) if (v >= classes[i]!.from) return i;
  return 0;
}

// ---------------------------------------------------------------------------------------------------------
// Rows → areas

/** One row per region: the period and series to map. */
function mappedRows(view: ViewModel, options: MapModelOptions): { rows: ViewRow[]; period?: string; series?: string; seriesLabel?: string } {
  let rows = view.rows;
  const periods = [...new Set(rows.map((r) => r.period))];
  const period = options.period ?? (view.shownPeriods.length ? view.shownPeriods[view.shownPeriods.length - 1] : periods[periods.length - 1]);
  if (period !== undefined && periods.length > 1) rows = rows.filter((r) => r.period === period);
  const seriesList = [...new Set(rows.map((r) => r.series).filter((s): s is string => s !== undefined))];
  const series = seriesList.length ? (options.series !== undefined && seriesList.includes(options.series) ? options.series : seriesList[0]) : undefined;
  if (series !== undefined) rows = rows.filter((r) => r.series === undefined || r.series === series);
  const seen = new Set<string>();
  rows = rows.filter((r) => (seen.has(r.region) ? false : (seen.add(r.region), true)));
  const out: { rows: ViewRow[]; period?: string; series?: string; seriesLabel?: string } = { rows };
  if (period !== undefined) out.period = period;
  if (series !== undefined) {
    out.series = series;
    const label = rows.find((r) => r.series === series)?.seriesLabel;
    if (label !== undefined) out.seriesLabel = label;
  }
  return out;
}

/** The finite values of `rows` on the map's places (pre-2020 codes on today's), in the mapped series. */
function placedValues(rows: readonly ViewRow[], placeSet: ReadonlySet<string>, series: string | undefined): number[] {
  const out: number[] = [];
  for (const r of rows) {
    if (r.value === null || !Number.isFinite(r.value)) continue;
    if (series !== undefined && r.series !== undefined && r.series !== series) continue;
    if (placeSet.has(r.region) || placeSet.has(harmoniseCode(r.region).code)) out.push(r.value);
  }
  return out;
}

function statusText(status: string | undefined, lang: Lang): string | undefined {
  if (status === undefined) return undefined;
  const text = STATUS_SYMBOLS[status]?.[lang];
  return text ? `${status}: ${text.charAt(0).toLowerCase()}${text.slice(1)}` : status;
}

/**
 * The map model for a view: one area per place (tile or shape), coloured by class, with the rows that are
 * not on the map listed apart (Norway first). Pre-2020 municipality codes (0529) land on today's tile (3443)
 * when the data has no row under the current code.
 */
export function buildMapModel(view: ViewModel, options: MapModelOptions = {}): MapModel {
  const { lang } = view;
  const level = options.level ?? 'municipality';
  const places = options.places ?? Object.keys(levelTiles(level));
  const placeSet = new Set(places);
  const { rows, period, series, seriesLabel } = mappedRows(view, options);
  const rowOf = rowsByPlace(rows, placeSet);
  const used = new Set([...rowOf.values()].map((r) => r.region));

  const mapped = [...rowOf.values()].map((r) => r.value).filter((v): v is number => v !== null && Number.isFinite(v));
  const values = options.scaleRows ? [...mapped, ...placedValues(options.scaleRows, placeSet, series)] : mapped;
  const { scheme, method, classes } = mapClasses(view, options, values);
  const areas = places.map((place) => mapArea(place, rowOf.get(place), classes, lang, options));

  const offMap: OffMapEntry[] = rows
    .filter((r) => !used.has(r.region))
    .map((r) => ({ code: r.region, name: r.regionLabel, label: r.label, row: r, isComparison: r.isComparison }))
    .sort((a, b) => Number(b.isComparison) - Number(a.isComparison));

  const model: MapModel = {
    lang,
    level,
    title: view.title,
    subtitle: view.subtitle,
    measureLabel: view.measureLabel,
    unit: view.unit,
    scheme,
    method,
    classes,
    areas,
    offMap,
    legend: mapLegend(classes, areas, lang),
    placed: rowOf.size,
  };
  if (period !== undefined) model.period = period;
  if (series !== undefined) model.series = series;
  if (seriesLabel !== undefined) model.seriesLabel = seriesLabel;
  return model;
}

/** The row drawn on each place: exact codes first, then codes that the 2020 reform renumbered. */
function rowsByPlace(rows: readonly ViewRow[], placeSet: ReadonlySet<string>): Map<string, ViewRow> {
  const rowOf = new Map<string, ViewRow>();
  for (const r of rows) if (placeSet.has(r.region)) rowOf.set(r.region, r);
  for (const r of rows) {
    if (placeSet.has(r.region)) continue;
    const { code, changed } = harmoniseCode(r.region);
    if (changed && placeSet.has(code) && !rowOf.has(code)) rowOf.set(code, r);
  }
  return rowOf;
}

/** The colour scheme, binning method and classes (counts still 0) for the values the scale spans. */
function mapClasses(view: ViewModel, options: MapModelOptions, values: readonly number[]): { scheme: MapScheme; method: BinMethod; classes: MapClass[] } {
  let min = values.length ? values[0]! : 0;
  let max = min;
  // A loop, not Math.min(...values): a slider over many years of a national table has more values than arguments fit.
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const n = Math.max(1, Math.round(options.classes ?? 5));
  const scheme: MapScheme = options.scheme ?? (min < 0 ? 'diverging' : 'sequential');
  const method: BinMethod = scheme === 'diverging' ? 'nice' : (options.method ?? 'nice');

  let breaks: number[] = [];
  if (values.length) {
    if (scheme === 'diverging') breaks = divergingBreaks(min, max, Math.max(1, Math.round(options.divergingSteps ?? Math.ceil(n / 2))));
    else breaks = method === 'quantile' ? quantileBreaks(values, n) : niceBreaks(min, max, n);
  }
  return { scheme, method, classes: classesOf(breaks, scheme, view) };
}

/** One class between each two breaks (one single-value class when all values are equal). */
function classesOf(breaks: readonly number[], scheme: MapScheme, view: ViewModel): MapClass[] {
  const { lang } = view;
  const decimals = limitDecimals(breaks);
  const classes: MapClass[] = [];
  if (breaks.length === 2 && breaks[0] === breaks[1]) {
    classes.push({
      index: 0,
      from: breaks[0]!,
      to: breaks[1]!,
      label: rangeLabel(breaks[0]!, breaks[1]!, view.decimals, view.unit, lang),
      count: 0,
      side: 0,
      step: 0,
    });
  } else {
    for (let i = 0; i + 1 < breaks.length; i++) {
      const from = breaks[i]!;
      const to = breaks[i + 1]!;
      const side: -1 | 0 | 1 = scheme === 'diverging' ? (to <= 0 ? -1 : 1) : 0;
      const step = scheme === 'diverging' ? Math.round(Math.abs(side < 0 ? from : to) / (to - from)) : i;
      classes.push({ index: i, from, to, label: rangeLabel(from, to, decimals, view.unit, lang), count: 0, side, step });
    }
  }
  return classes;
}

/** The area of one place: its class (counted in `classes`), or no data with the row's status explained. */
function mapArea(place: string, row: ViewRow | undefined, classes: MapClass[], lang: Lang, options: MapModelOptions): MapArea {
  const name = row ? shortName(row.regionLabel) || place : (regionName(place, lang, { short: true }) ?? options.placeNames?.[place] ?? place);
  if (!row || row.value === null || !Number.isFinite(row.value)) {
    const status = row?.status ?? (row ? '..' : undefined);
    const explained = statusText(status, lang);
    const area: MapArea = {
      code: row?.region ?? place,
      place,
      name,
      value: null,
      label: row?.label ?? '',
      shortLabel: row?.shortLabel ?? '',
      classIndex: null,
      hatched: false,
      accessibleName: `${name}: ${MAP_MESSAGES.mapNoDataLower[lang]}${explained ? ` (${explained})` : ''}`,
    };
    if (row) area.row = row;
    if (status !== undefined && row) area.status = status;
    return area;
  }
  const classIndex = classOf(classes, row.value);
  classes[classIndex]!.count++;
  const area: MapArea = {
    code: row.region,
    place,
    name,
    row,
    value: row.value,
    label: row.label,
    shortLabel: row.shortLabel,
    classIndex,
    hatched: row.qualifier !== undefined,
    accessibleName: `${name}: ${row.label}`,
  };
  if (row.qualifier !== undefined) area.qualifier = row.qualifier;
  return area;
}

/** The legend: one entry per class, then "no data" (with the symbols seen) and "hatched" when any area is. */
function mapLegend(classes: readonly MapClass[], areas: readonly MapArea[], lang: Lang): LegendEntry[] {
  const legend: LegendEntry[] = classes.map((c) => ({ kind: 'class', label: c.label, classIndex: c.index, count: c.count }));
  const gaps = areas.filter((a) => a.classIndex === null);
  if (gaps.length) {
    const symbols = [...new Set(gaps.map((a) => a.status).filter((s): s is string => s !== undefined))];
    legend.push({ kind: 'no-data', label: MAP_MESSAGES.mapNoData[lang], count: gaps.length, symbols });
  }
  const hatched = areas.filter((a) => a.hatched).length;
  if (hatched) legend.push({ kind: 'hatched', label: MAP_MESSAGES.mapHatched[lang], count: hatched });
  return legend;
}

// ---------------------------------------------------------------------------------------------------------
// Colours

export interface MapPalette {
  /** Sequential ramp, light to dark. */
  seq: readonly string[];
  /** Diverging ramp, negative (left) to positive (right), neutral in the middle when odd. */
  diverging: readonly string[];
}

/** A colour for every class of the model, taken evenly from the palette's ramps. */
export function classColors(model: Pick<MapModel, 'scheme' | 'classes'>, palette: MapPalette): string[] {
  const { classes } = model;
  if (model.scheme === 'sequential') {
    const ramp = palette.seq;
    const L = ramp.length;
    const k = classes.length;
    if (!L) return classes.map(() => 'currentColor');
    if (k === 1) return [ramp[Math.floor(L / 2)]!];
    // With more colours than classes, skip the lightest (it reads as "nothing" on a white page).
    return classes.map((_, i) => ramp[L > k ? Math.round(((i + 1) * (L - 1)) / k) : Math.round((i * (L - 1)) / Math.max(1, k - 1))]!);
  }
  const ramp = palette.diverging;
  const L = ramp.length;
  if (!L) return classes.map(() => 'currentColor');
  const mid = Math.floor(L / 2);
  const steps = Math.max(1, ...classes.map((c) => c.step));
  return classes.map((c) => {
    const away = Math.max(1, Math.min(mid, Math.round((c.step * mid) / steps)));
    const negIdx = Math.max(0, mid - away);
    return ramp[c.side < 0 ? negIdx : L - 1 - negIdx]!;
  });
}

/** Of the candidates, the text colour that reads best on `fill`. */
export function textColorOn(fill: string, candidates: readonly string[] = ['#1a1a1a', '#ffffff']): string {
  let best = candidates[0] ?? '#000000';
  let bestRatio = -1;
  for (const c of candidates) {
    const r = contrastBetween(fill, c);
    if (r !== undefined && r > bestRatio) {
      best = c;
      bestRatio = r;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------
// Keyboard

export type Direction = 'up' | 'down' | 'left' | 'right';

/** The nearest point in a direction (screen coordinates, y down), sideways distance counting double. */
export function neighbour(points: ReadonlyArray<{ code: string; x: number; y: number }>, from: string, dir: Direction): string | undefined {
  const start = points.find((p) => p.code === from);
  if (!start) return points[0]?.code;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const p of points) {
    if (p.code === from) continue;
    const dx = p.x - start.x;
    const dy = p.y - start.y;
    const ahead = dir === 'up' ? -dy : dir === 'down' ? dy : dir === 'left' ? -dx : dx;
    const aside = dir === 'up' || dir === 'down' ? Math.abs(dx) : Math.abs(dy);
    if (ahead <= 0 || aside > 3 * ahead) continue;
    const score = ahead + 2 * aside;
    if (score < bestScore) {
      bestScore = score;
      best = p.code;
    }
  }
  return best;
}
