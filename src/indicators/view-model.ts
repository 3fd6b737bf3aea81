import type { Dataset, Lang, Observation, Origin, Qualifier, Source } from '../data/types.js';
import { select, distinct } from '../data/select.js';
import { comparePeriods, isSpan, periodParts } from '../data/period.js';
import { type ChartKind, type IndicatorDefinition, indicatorDefinition } from './registry.js';
import { formatPeriod, formatValue, localize, statedDecimals } from './format.js';
import { regionName, regionNames } from './region-names.js';
import { t } from './messages.js';
import { fileSubject, tableSubject } from './table-title.js';
import { labelStatesUnit } from './unit-label.js';
import { readableMoney, unitScale } from './unit-scale.js';
import { findRegion, keyFigure } from './region-focus.js';
import { type ComparisonMode, PEER_MEAN, applyMode, basePeriods, isComparisonMode, modesFor, peerMean, ranked } from './comparison-mode.js';
import { modeTexts } from './mode-text.js';

/**
 * What every view of an indicator (chart, table, map, key figure) and its summary sentence are drawn from:
 * the selection resolved against the data, with labels in the page's language. One function builds it, so
 * the chart, the table and the sentence can never disagree.
 */
export interface ViewRow {
  region: string;
  regionLabel: string;
  period: string;
  periodLabel: string;
  /** Category of the parts / series dimension (type of transfer, industry), when the view has one. */
  series?: string;
  seriesLabel?: string;
  value: number | null;
  status?: string;
  qualifier?: Qualifier;
  qualifierText?: string;
  /** The value as a person reads it: `over 70 %`, `ca. 68 mrd. kr`, `..`. */
  label: string;
  /** Compact form for chart labels: `> 70 %`. */
  shortLabel: string;
  isComparison: boolean;
  isFocus: boolean;
  derived: boolean;
  ref?: string;
  /** A report figure's sentence and place in the report (feed `quote`, `part`). */
  quote?: string;
  part?: string;
  source?: string;
  /** Where the figure comes from (the feed's `origins` entry), for its source card. */
  origin?: Origin;
  /** The figure's own note, in the view's language. */
  note?: string;
}

export interface ViewNote {
  text: string;
  mandatory: boolean;
}

export interface ViewSelection {
  indicator: string;
  measure?: string | undefined;
  /** Regions in focus; empty = every region the data has for the period. */
  regions?: string[] | undefined;
  compare?: string | undefined;
  /** A period (`2000`, `1990-2002`) or a range (`1998/2005`). */
  period?: string | undefined;
  /** Category filters for other dimensions. */
  dims?: Record<string, string> | undefined;
  /** Comparison mode (level when absent or when the figures do not support it). */
  mode?: ComparisonMode | string | undefined;
  /** The index mode's base period. */
  base?: string | undefined;
  /** The comparison group for the peers mode (the webmaster's `peers=`). */
  peers?: string[] | undefined;
  lang: Lang;
}

/** A dimension narrowed to one category (an industry, say), with the categories the reader can pick instead. */
export interface ViewFilter {
  dimension: string;
  label: string;
  selected: string;
  categories: Array<{ code: string; label: string }>;
}

export interface ViewModel {
  definition: IndicatorDefinition | undefined;
  indicator: string;
  lang: Lang;
  chart: ChartKind;
  title: string;
  /** Measure, unit and period in words: "Endring i antall arbeidsplasser, prosent, 1990–2002". */
  subtitle: string;
  measure: string;
  measureLabel: string;
  unit: string;
  decimals: number;
  /** Every measure the data has for this indicator, for a measure picker. */
  measures: Array<{ code: string; label: string }>;
  /** Every period the measure has, for a period picker. */
  periods: string[];
  /** The period(s) shown. */
  shownPeriods: string[];
  compare: string | undefined;
  focus: string[];
  seriesDimension?: string;
  /** Dimensions narrowed to one category: what the rows are about (e.g. "IKT-industri"), and the choices. */
  filters: ViewFilter[];
  rows: ViewRow[];
  /** For part-of-whole views: the whole (the feed's total category) per region and period, when the feed has one. */
  totals: ViewRow[];
  sources: Source[];
  notes: ViewNote[];
  /** Status symbols that occur in the rows, for the explanation under a table or chart. */
  statuses: string[];
  /** Set when the selection has nothing to show: what is missing, in words. */
  empty?: string;
  /** Some selected regions have no value (gaps or not in the data). */
  partial: boolean;
  /** The figures have no region (a price index, quarterly GDP): no map, no region picker. */
  regionless?: boolean;
  /**
   * The key figure when no region is in focus, for an additive measure: the county's own row, or the sum of its
   * municipalities (marked derived) when the table has no row for the county.
   */
  keyFigure?: ViewRow;
  /** The comparison mode shown, and the modes the figures support (for a picker). */
  mode?: ComparisonMode;
  modes?: ComparisonMode[];
  /** Index mode: the base period shown, and the periods the reader can choose from. */
  base?: string;
  basePeriods?: string[];
  /** When the mode derived the figures: how, in words ("Beregnet av Innsikt fra …"). */
  derivedFrom?: string;
}

const EMPTY_TEXT = {
  noIndicator: {
    nb: 'Datakilden har ingen tall for indikatoren «{x}».',
    nn: 'Datakjelda har ingen tal for indikatoren «{x}».',
    en: 'The data source has no figures for the indicator "{x}".',
  },
  noMeasure: {
    nb: 'Datakilden har ingen tall for målet «{x}».',
    nn: 'Datakjelda har ingen tal for målet «{x}».',
    en: 'The data source has no figures for the measure "{x}".',
  },
  noPeriod: { nb: 'Ingen tall for perioden {x}.', nn: 'Ingen tal for perioden {x}.', en: 'No figures for the period {x}.' },
  noRegion: { nb: 'Ingen tall for {x}.', nn: 'Ingen tal for {x}.', en: 'No figures for {x}.' },
};

function fill(t: Record<Lang, string>, lang: Lang, x: string): string {
  return t[lang].replace('{x}', x);
}

/** Picks the category that stands for "all" in a dimension (total, i alt, totalt), if any. */
function totalCategory(codes: string[], labelOf: (code: string) => string): string | undefined {
  return codes.find((c) => /(^|-)(total|totalt|sum|i-alt|alle|all)($|-)/i.test(c) || /\b(totalt?|i alt|sum|alle næringer)\b/i.test(labelOf(c)));
}

/**
 * How a table nobody wrote for Innsikt is drawn: figures with no region, or for one region only, as lines over time
 * (categories as lines) when there are several periods, else as one bar per category; several regions as bars.
 */
function tableChart(obs: Observation[]): ChartKind {
  if (new Set(obs.map((o) => o.region)).size > 1) return 'level-bars';
  if (new Set(obs.map((o) => o.period)).size > 1) return 'index-lines';
  // One region (or none) and one period: its categories (ages, consumption groups) are the bars.
  return obs.length > 1 && obs.some((o) => Object.keys(o.dims).length > 0) ? 'part-of-whole' : 'level-bars';
}

/** "Beløp (1000 kr)" → "Beløp": the unit is written once, where units are written (it may be rescaled there). */
function withoutUnit(label: string, unit: string | undefined): string {
  if (!unit) return label;
  const suffix = `(${unit.trim()})`;
  return label.length > suffix.length && label.trimEnd().toLowerCase().endsWith(suffix.toLowerCase())
    ? label.trimEnd().slice(0, -suffix.length).trimEnd()
    : label;
}

/** The title of a table that is not one of the indicators: its subject ("Befolkning"), else its one measure. */
function tableTitle(ds: Dataset, measureLabel: string, measureCount: number): string {
  return tableSubject(ds.title) || (measureCount === 1 ? measureLabel : '') || fileSubject(ds.sources[0]?.title) || measureLabel;
}

/**
 * The period shown when the selection names none: the one with values for the most focus regions, then one that
 * has the comparison region (a planner compares with Norway); ties go to the latest. Without focus regions the
 * comparison comes first, then the number of regions. One pass over the observations, so that thousands of
 * periods cost no more than their observations.
 */
function defaultPeriod(obs: Observation[], periods: string[], focus: ReadonlySet<string>, compare: string | undefined): string | undefined {
  const regionsWithValue = new Map<string, Set<string>>();
  const compareHas = new Set<string>();
  for (const o of obs) {
    if (o.value === null) continue;
    if (o.region === compare) compareHas.add(o.period);
    if (focus.size > 0 && !focus.has(o.region)) continue;
    let set = regionsWithValue.get(o.period);
    if (!set) regionsWithValue.set(o.period, (set = new Set()));
    set.add(o.region);
  }
  const count = (p: string) => regionsWithValue.get(p)?.size ?? 0;
  const score = (p: string): [number, number] => (focus.size > 0 ? [count(p), compareHas.has(p) ? 1 : 0] : [compareHas.has(p) ? 1 : 0, count(p)]);
  let best: string | undefined;
  let bestScore: [number, number] = [-1, -1];
  for (const p of [...periods].sort(comparePeriods).reverse()) {
    const s = score(p);
    if (s[0] > bestScore[0] || (s[0] === bestScore[0] && s[1] > bestScore[1])) {
      best = p;
      bestScore = s;
    }
  }
  return best;
}

/** Labels of every dimension's categories, looked up by dimension and code (a Map each: no search per row). */
function dimensionLabels(ds: Dataset, lang: Lang): (dim: string, code: string) => string {
  const byDim = new Map<string, Map<string, string>>();
  return (dim, code) => {
    let labels = byDim.get(dim);
    if (!labels) {
      labels = new Map();
      const d = ds.dimensions.find((x) => x.id === dim);
      for (const c of d?.categories ?? []) if (!labels.has(c.code)) labels.set(c.code, localize(c.label, lang));
      byDim.set(dim, labels);
    }
    return labels.get(code) || code;
  };
}

export function buildViewModel(ds: Dataset, sel: ViewSelection): ViewModel {
  const { lang } = sel;
  const definition = indicatorDefinition(sel.indicator);
  const meta = ds.indicators.find((i) => i.id === sel.indicator);
  const tagged = ds.observations.some((o) => o.indicator !== undefined);
  const forIndicator = tagged ? select(ds, { indicator: sel.indicator }) : ds.observations;

  const present = distinct(forIndicator, 'measure');
  const measure =
    sel.measure && present.includes(sel.measure) ? sel.measure : (definition?.measures.find((m) => present.includes(m)) ?? present[0] ?? sel.measure ?? '');
  const measureMeta = meta?.measures?.find((m) => m.id === measure);
  const dsMeasure = ds.measures.find((m) => m.code === measure);
  let obs = select(forIndicator, { measure });
  const first = obs[0];
  let unit = localize(measureMeta?.unit, lang) || first?.unit || dsMeasure?.unit || localize(meta?.unit, lang);
  let measureLabel = withoutUnit(localize(measureMeta?.label, lang) || first?.measureLabel || dsMeasure?.label || measure, unit);
  let decimals = measureMeta?.decimals ?? first?.decimals ?? dsMeasure?.decimals ?? meta?.decimals ?? 0;
  // A measure id is feed text: `toString` or `constructor` must not find Object.prototype's functions.
  const usualChart: ChartKind = definition
    ? ((Object.hasOwn(definition.charts, measure) ? definition.charts[measure] : undefined) ?? definition.fallbackChart)
    : tableChart(obs);
  const title = localize(meta?.title, lang) || (definition ? definition.title[lang] : '') || sel.indicator || tableTitle(ds, measureLabel, present.length);
  const firstLabel = new Map<string, string>();
  for (const o of forIndicator) if (!firstLabel.has(o.measure)) firstLabel.set(o.measure, o.measureLabel);
  const measures = present.map((code) => {
    const m = meta?.measures?.find((x) => x.id === code);
    return { code, label: localize(m?.label, lang) || firstLabel.get(code) || code };
  });

  const dimLabel = dimensionLabels(ds, lang);
  const unfiltered = obs;
  for (const [dim, wanted] of Object.entries(sel.dims ?? {})) obs = obs.filter((o) => dimOf(o, dim) === wanted);

  const periods = distinct(obs, 'period');
  // Regions asked for by the project's codes are found by name when the table codes them its own way (TOTAL, "12").
  const codesPresent = new Set(obs.map((o) => o.region));
  const compare: string | undefined = findRegion(ds, codesPresent, sel.compare ?? definition?.compare);
  const focus = (sel.regions?.filter((r) => r !== '') ?? []).map((r) => findRegion(ds, codesPresent, r)!);
  const focusSet = new Set(focus);

  // Comparison mode: figures per inhabitant, relative to the comparison or as an index are derived over every period;
  // a rank is taken among the regions shown, below.
  const peers = (sel.peers ?? []).map((r) => findRegion(ds, codesPresent, r) ?? r);
  const modeCtx = { obs, all: forIndicator, measure, unit, compare, peers };
  const modes = modesFor(modeCtx);
  const mode: ComparisonMode = isComparisonMode(sel.mode) && modes.includes(sel.mode) ? sel.mode : 'level';
  const moded = applyMode(mode, modeCtx, sel.base);
  obs =
    mode === 'peers'
      ? [
          ...moded.obs,
          ...peerMean(
            moded.obs,
            peers.filter((p) => codesPresent.has(p)),
            t(lang, 'peerMean'),
          ),
        ]
      : moded.obs;
  const peerNames = peers.filter((p) => codesPresent.has(p)).map((p) => regionName(ds, p, lang) || p);
  const texts =
    mode === 'level'
      ? undefined
      : modeTexts(mode, {
          lang,
          label: measureLabel,
          unit,
          compare: compare && (regionName(ds, compare, lang) || compare),
          moded,
          populationLabel: measures.find((m) => m.code === moded.population)?.label,
          peers: peerNames,
        });
  if (texts) ({ unit, measureLabel, decimals = texts.decimals ?? decimals } = texts);

  // Periods shown: lines show a range, every other chart one period.
  let shownPeriods: string[];
  let chart = usualChart;
  const range = sel.period ? /^(\d{4}(?:K[1-4]|M\d{2})?)\s*[/:]\s*(\d{4}(?:K[1-4]|M\d{2})?)$/.exec(sel.period) : null;
  if (sel.period && periods.includes(sel.period)) shownPeriods = [sel.period];
  else if (range) {
    const from = periodParts(range[1]!)!.start;
    const to = periodParts(range[2]!)!.end;
    shownPeriods = periods.filter((p) => {
      const pp = periodParts(p);
      return pp !== undefined && pp.start >= from && pp.end <= to;
    });
    // Levels asked for over a range (GRP per employed person 2008/2019) are drawn as lines over time.
    if (chart === 'level-bars' && shownPeriods.length > 1) chart = 'index-lines';
    if (chart !== 'index-lines' && shownPeriods.length > 1) shownPeriods = [shownPeriods[shownPeriods.length - 1]!];
  } else if (sel.period) shownPeriods = [];
  else if (chart === 'index-lines') shownPeriods = periods;
  else {
    const best = defaultPeriod(obs, periods, focusSet, compare);
    shownPeriods = best !== undefined ? [best] : [];
  }
  const shownSet = new Set(shownPeriods);

  // Other dimensions, within the periods shown: a parts dimension becomes the series; any other dimension is
  // narrowed to one category (the total, or for lines the one most regions have) so that one region never
  // shows two bars for one period. Every narrowed dimension is offered as a filter the reader can change.
  let shown = obs.filter((o) => shownSet.has(o.period));
  const beforeFilter = unfiltered.filter((o) => shownSet.has(o.period));
  const dimIds = dimensionIds(beforeFilter);
  let seriesDimension: string | undefined;
  let totalObs: Observation[] = [];
  const filters: ViewFilter[] = [];
  const categoriesOf = (list: Observation[], dim: string) => [...new Set(list.map((o) => dimOf(o, dim)).filter((c): c is string => c !== undefined))];
  const filterFor = (dim: string, selected: string): ViewFilter => ({
    dimension: dim,
    label: localize(ds.dimensions.find((d) => d.id === dim)?.label, lang) || dim,
    selected,
    categories: categoriesOf(beforeFilter, dim).map((code) => ({ code, label: dimLabel(dim, code) })),
  });
  for (const dim of dimIds) {
    const wanted = sel.dims && Object.hasOwn(sel.dims, dim) ? sel.dims[dim] : undefined;
    if (wanted !== undefined) {
      if (categoriesOf(beforeFilter, dim).length > 1) filters.push(filterFor(dim, wanted));
      continue;
    }
    const codes = categoriesOf(shown, dim);
    if (codes.length <= 1) continue;
    const tot = totalCategory(codes, (c) => dimLabel(dim, c));
    const regionCounts = regionsPerCategory(shown, dim);
    const regionsIn = (code: string) => regionCounts.get(code) ?? 0;
    const widest = [...codes].sort((a, b) => regionsIn(b) - regionsIn(a))[0]!;
    // Lines: one category across regions when several regions share one; else the categories as lines.
    const linesBySeries = chart === 'index-lines' && regionsIn(widest) < 2;
    const isParts = chart === 'part-of-whole' || chart === 'diverging-bars' || linesBySeries;
    if (isParts && !seriesDimension && (dim === definition?.partsDimension || chart !== 'part-of-whole' || !definition)) {
      seriesDimension = dim;
      if (chart === 'part-of-whole' && tot) {
        totalObs = shown.filter((o) => dimOf(o, dim) === tot);
        shown = shown.filter((o) => dimOf(o, dim) !== tot);
      }
    } else {
      const keep = chart === 'index-lines' ? (tot && regionsIn(tot) >= 2 ? tot : widest) : (tot ?? codes[0]!);
      shown = shown.filter((o) => dimOf(o, dim) === undefined || dimOf(o, dim) === keep);
      filters.push(filterFor(dim, keep));
    }
  }

  if (mode === 'peers') {
    const group = new Set([...focus, ...peers, PEER_MEAN]);
    shown = shown.filter((o) => group.has(o.region) || o.region === compare);
  } else if (focus.length) shown = shown.filter((o) => focusSet.has(o.region) || o.region === compare);
  else {
    // A national table (356 municipalities) is about Innlandet here: its municipalities, planning regions,
    // the county and the comparison. A few peers outside (Kongsberg, Horten) stay; a region pick reaches the rest.
    const inside = new Map<string, boolean>();
    const isInnlandet = (code: string) => {
      let yes = inside.get(code);
      if (yes === undefined) inside.set(code, (yes = /^(34|04|05)(\d\d)?$/.test(code) || code.startsWith('R-') || code === compare));
      return yes;
    };
    const outside = new Set(shown.map((o) => o.region).filter((c) => !isInnlandet(c))).size;
    if (outside > 10 && shown.some((o) => isInnlandet(o.region) && o.region !== compare)) shown = shown.filter((o) => isInnlandet(o.region));
  }

  if (mode === 'rank') shown = ranked(shown);

  const nameOf = regionNames(ds, lang);
  const regionLabel = (o: Observation) => nameOf(o.region) || o.regionLabel;
  // Money in the unit a reader reads ("1,8 mrd. kr", not "1 793 513 1000 kr"): the same amounts, written in it.
  // Only for tables not made for Innsikt: an indicator's feed states the unit its author chose.
  const money = !definition && mode === 'level';
  const scale = money
    ? unitScale(
        unit,
        shown.map((o) => o.value),
      )
    : undefined;
  const shownUnit = scale?.unit ?? unit;
  const shownDecimalsMax = scale?.decimals ?? decimals;
  const toRow = (o: Observation): ViewRow => {
    const v = o.value === null || !scale ? o.value : o.value * scale.factor;
    // A stated "12" is written 12, not 12,0: no more precision than the source gave.
    const shownDecimals = v === null ? shownDecimalsMax : statedDecimals(v, shownDecimalsMax);
    // Each amount of money is written in the unit that reads best for its size (1,8 mrd. kr beside 7,0 mill. kr).
    // A figure the scale would make smaller than it reads (928 in 1000 kr beside 1,2 mill. kr) keeps its own unit.
    const own = o.value === null || !money ? undefined : (readableMoney(o.value, unit) ?? (scale ? { value: o.value, unit, decimals } : undefined));
    const value = {
      value: own ? own.value : v,
      ...(o.status ? { status: o.status } : {}),
      ...(o.qualifier ? { qualifier: o.qualifier } : {}),
      ...(o.qualifierText ? { qualifierText: o.qualifierText } : {}),
      unit: own ? own.unit : shownUnit,
      decimals: own ? statedDecimals(own.value, own.decimals) : shownDecimals,
    };
    const row: ViewRow = {
      region: o.region,
      regionLabel: regionLabel(o),
      period: o.period,
      periodLabel: formatPeriod(o.period, lang),
      value: v,
      label: formatValue(value, lang),
      shortLabel: formatValue(value, lang, { compact: true }),
      isComparison: o.region === compare,
      isFocus: focusSet.has(o.region),
      derived: o.derived === true,
    };
    const series = seriesDimension === undefined ? undefined : dimOf(o, seriesDimension);
    if (seriesDimension && series !== undefined) {
      row.series = series;
      row.seriesLabel = dimLabel(seriesDimension, row.series);
    }
    if (o.status !== undefined) row.status = o.status;
    if (o.qualifier !== undefined) row.qualifier = o.qualifier;
    if (o.qualifierText !== undefined) row.qualifierText = o.qualifierText;
    if (o.ref !== undefined) row.ref = o.ref;
    if (o.quote !== undefined) row.quote = o.quote;
    if (o.part !== undefined) row.part = o.part;
    if (o.source !== undefined) row.source = o.source;
    if (o.origin !== undefined) row.origin = o.origin;
    if (o.note !== undefined) row.note = localize(o.note, lang);
    return row;
  };
  const rows = shown.map(toRow);
  const shownRegions = new Set(rows.map((r) => r.region));
  const totals = totalObs.filter((o) => shownSet.has(o.period) && shownRegions.has(o.region)).map(toRow);

  // Bars read best sorted by value (gaps last); lines and parts keep the source's order.
  if (chart !== 'index-lines' && chart !== 'part-of-whole' && !seriesDimension) {
    const dir = mode === 'rank' ? -1 : 1;
    rows.sort((a, b) => (a.value === null ? 1 : b.value === null ? -1 : dir * (b.value - a.value)));
  }

  const sourceIds = new Set(rows.map((r) => r.source).filter((s): s is string => !!s));
  const sources = ds.sources.filter((s) => sourceIds.has(s.id) || (sourceIds.size === 0 && ds.sources.length === 1));
  // A note that cites a report line (`…@003_x.txt:2816`) belongs with figures from that report: it is shown
  // only when a row shown comes from the same report file.
  const shownFiles = new Set(rows.flatMap((r) => (r.ref ?? '').split('+').map((x) => x.split(':')[0])));
  const notes: ViewNote[] = ds.notes
    .filter((n) => {
      const scope = n.scope ?? 'dataset';
      const [what, ref] = scope.split('@');
      const relevant = what === 'dataset' || what === `indicator:${sel.indicator}` || what!.startsWith('category:');
      return relevant && (ref === undefined || shownFiles.has(ref.split(':')[0]));
    })
    .map((n) => ({ text: localize(n.text, lang), mandatory: n.mandatory }));
  // Figures with no period (a file with no year column) are shown, and the reader told that they have none.
  if (rows.length > 0 && rows.every((r) => r.period === '')) notes.unshift({ text: t(lang, 'noPeriodColumn'), mandatory: true });
  const statuses = [...new Set(rows.map((r) => r.status).filter((s): s is string => !!s))];

  const periodText =
    shownPeriods.length > 1
      ? `${formatPeriod(shownPeriods[0]!, lang)}–${formatPeriod(shownPeriods[shownPeriods.length - 1]!, lang).replace(/^.*–/, '')}`
      : shownPeriods[0]
        ? formatPeriod(shownPeriods[0], lang)
        : '';
  const filterText = filters.map((f) => f.categories.find((c) => c.code === f.selected)?.label ?? f.selected).join(', ');
  const subtitle = [measureLabel, labelStatesUnit(measureLabel, shownUnit) ? '' : shownUnit, periodText, filterText].filter(Boolean).join(', ');

  const model: ViewModel = {
    definition,
    indicator: sel.indicator,
    lang,
    chart,
    title,
    subtitle,
    measure,
    measureLabel,
    unit: shownUnit,
    decimals: shownDecimalsMax,
    measures,
    periods,
    shownPeriods,
    compare,
    focus,
    filters,
    rows,
    totals,
    sources,
    notes,
    statuses,
    partial: rows.some((r) => r.value === null) || focus.some((f) => !shownRegions.has(f)),
    mode,
    modes,
  };
  if (texts) model.derivedFrom = texts.derivedFrom;
  if (moded.base !== undefined) {
    model.base = moded.base;
    model.basePeriods = basePeriods(modeCtx.obs);
  }
  if (obs.length > 0 && obs.every((o) => o.region === '')) model.regionless = true;
  const key = focus.length || seriesDimension || mode !== 'level' ? undefined : keyFigure(ds, measure, rows, toRow, shown);
  if (key) model.keyFigure = key;
  if (seriesDimension) model.seriesDimension = seriesDimension;

  if (forIndicator.length === 0) model.empty = fill(EMPTY_TEXT.noIndicator, lang, title);
  else if (obs.length === 0) model.empty = fill(EMPTY_TEXT.noMeasure, lang, sel.measure ?? measure);
  else if (shownPeriods.length === 0) model.empty = fill(EMPTY_TEXT.noPeriod, lang, sel.period ? formatPeriod(sel.period.replace(/[/:]/, '-'), lang) : '');
  else if (rows.length === 0 || (focus.length > 0 && !rows.some((r) => focusSet.has(r.region)))) {
    // The comparison alone is not an answer to "how is Kongsvinger doing?": say what is missing.
    model.empty = fill(EMPTY_TEXT.noRegion, lang, focus.map((f) => regionName(ds, f, lang) || f).join(', '));
  }
  return model;
}

/** An observation's category in another dimension; an own key only (a dimension id is feed text). */
function dimOf(o: Observation, dim: string): string | undefined {
  return Object.hasOwn(o.dims, dim) ? o.dims[dim] : undefined;
}

/** The ids of the other dimensions among `list`, in first-seen order (no array per observation). */
function dimensionIds(list: Observation[]): string[] {
  const ids = new Set<string>();
  for (const o of list) for (const id in o.dims) if (Object.hasOwn(o.dims, id)) ids.add(id);
  return [...ids];
}

/** How many regions each category of `dim` has among `list`, in one pass. */
function regionsPerCategory(list: Observation[], dim: string): Map<string, number> {
  const regions = new Map<string, Set<string>>();
  for (const o of list) {
    const code = dimOf(o, dim);
    if (code === undefined) continue;
    let set = regions.get(code);
    if (!set) regions.set(code, (set = new Set()));
    set.add(o.region);
  }
  return new Map([...regions].map(([code, set]) => [code, set.size]));
}

/** Whether rows are changes over a span (1990–2002) rather than levels at a point in time. */
export function isChangeModel(model: ViewModel): boolean {
  return model.shownPeriods.some(isSpan) || model.chart === 'change-bars';
}
