import type { Dataset, Lang, Observation, Origin, Qualifier, Source } from '../data/types.js';
import { select, distinct } from '../data/select.js';
import { isSpan } from '../data/period.js';
import { type ChartKind, type IndicatorDefinition, indicatorDefinition } from './registry.js';
import { formatPeriod, localize } from './format.js';
import { regionName } from './region-names.js';
import { t } from './messages/catalogue.js';
import { fileSubject, tableSubject } from './table-title.js';
import { labelStatesUnit } from './unit-label.js';
import { findRegion, keyFigure } from './region-focus.js';
import { type ComparisonMode, applyMode, basePeriods, isComparisonMode, kostraPeers, modesFor, peerMean, ranked } from './comparison-mode.js';
import { modeTexts } from './mode-text.js';
import { shownPeriodsFor } from './shown-periods.js';
import { dimOf, dimensionLabels, narrowDimensions } from './view-dimensions.js';
import { regionsShown } from './shown-regions.js';
import { rowMaker } from './view-rows.js';
import { viewNotes } from './view-notes.js';
import { type ViewAnnotation, viewAnnotations } from './view-annotation.js';

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
  /** Peers mode: the codes of the peers the group's average is taken over (the inputs of its source card). */
  peers?: string[];
  /** The feed's remarks on the periods shown (a reform, a break in a series), for the chart, table and summary. */
  annotations?: ViewAnnotation[];
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

/** The indicator's figures for the measure shown, and what names them. */
interface MeasureChoice {
  definition: IndicatorDefinition | undefined;
  /** Every observation of the indicator. */
  forIndicator: Observation[];
  measure: string;
  /** The indicator's observations of the measure. */
  obs: Observation[];
  unit: string;
  measureLabel: string;
  decimals: number;
  usualChart: ChartKind;
  title: string;
  measures: Array<{ code: string; label: string }>;
}

function chooseMeasure(ds: Dataset, sel: ViewSelection): MeasureChoice {
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
  const obs = select(forIndicator, { measure });
  const first = obs[0];
  const unit = localize(measureMeta?.unit, lang) || first?.unit || dsMeasure?.unit || localize(meta?.unit, lang);
  const measureLabel = withoutUnit(localize(measureMeta?.label, lang) || first?.measureLabel || dsMeasure?.label || measure, unit);
  const decimals = measureMeta?.decimals ?? first?.decimals ?? dsMeasure?.decimals ?? meta?.decimals ?? 0;
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
  return { definition, forIndicator, measure, obs, unit, measureLabel, decimals, usualChart, title, measures };
}

/** The figures in the comparison mode shown, with the unit, label and decimals it writes them in. */
interface ModeChoice {
  mode: ComparisonMode;
  modes: ComparisonMode[];
  obs: Observation[];
  base: string | undefined;
  basePeriods?: string[];
  unit: string;
  measureLabel: string;
  decimals: number;
  derivedFrom?: string;
  peers?: string[];
}

/**
 * Comparison mode: figures per inhabitant, relative to the comparison or as an index are derived over every period;
 * a rank is taken among the regions shown, later.
 */
function chooseMode(
  ds: Dataset,
  sel: ViewSelection,
  m: MeasureChoice,
  obs: Observation[],
  compare: string | undefined,
  peers: string[],
  codesPresent: Set<string>,
): ModeChoice {
  const { lang } = sel;
  const modeCtx = { obs, all: m.forIndicator, measure: m.measure, unit: m.unit, compare, peers };
  const modes = modesFor(modeCtx);
  const mode: ComparisonMode = isComparisonMode(sel.mode) && modes.includes(sel.mode) ? sel.mode : 'level';
  const moded = applyMode(mode, modeCtx, sel.base);
  const present = peers.filter((p) => codesPresent.has(p));
  const out: ModeChoice = {
    mode,
    modes,
    obs: mode === 'peers' ? [...moded.obs, ...peerMean(moded.obs, present, t(lang, 'peerMean'))] : moded.obs,
    base: moded.base,
    unit: m.unit,
    measureLabel: m.measureLabel,
    decimals: m.decimals,
  };
  if (moded.base !== undefined) out.basePeriods = basePeriods(modeCtx.obs);
  if (mode === 'peers') out.peers = present;
  if (mode === 'level') return out;
  const texts = modeTexts(mode, {
    lang,
    label: m.measureLabel,
    unit: m.unit,
    compare: compare && (regionName(ds, compare, lang) || compare),
    moded,
    populationLabel: m.measures.find((x) => x.code === moded.population)?.label,
    peers: present.map((p) => regionName(ds, p, lang) || p),
  });
  out.unit = texts.unit;
  out.measureLabel = texts.measureLabel;
  out.decimals = texts.decimals ?? m.decimals;
  out.derivedFrom = texts.derivedFrom;
  return out;
}

/** Measure, unit, period and filters in words: "Endring i antall arbeidsplasser, prosent, 1990–2002". */
function subtitleOf(measureLabel: string, unit: string, shownPeriods: string[], filters: ViewFilter[], lang: Lang): string {
  const periodText =
    shownPeriods.length > 1
      ? `${formatPeriod(shownPeriods[0]!, lang)}–${formatPeriod(shownPeriods[shownPeriods.length - 1]!, lang).replace(/^.*–/, '')}`
      : shownPeriods[0]
        ? formatPeriod(shownPeriods[0], lang)
        : '';
  const filterText = filters.map((f) => f.categories.find((c) => c.code === f.selected)?.label ?? f.selected).join(', ');
  return [measureLabel, labelStatesUnit(measureLabel, unit) ? '' : unit, periodText, filterText].filter(Boolean).join(', ');
}

/** What is missing, in words, when the selection has nothing to show. */
function emptyText(ds: Dataset, sel: ViewSelection, model: ViewModel, m: MeasureChoice, obs: Observation[]): string | undefined {
  const { lang, rows, focus } = model;
  if (m.forIndicator.length === 0) return t(lang, 'noIndicator', { x: model.title });
  if (obs.length === 0) return t(lang, 'noMeasure', { x: sel.measure ?? model.measure });
  if (model.shownPeriods.length === 0) return t(lang, 'noPeriod', { x: sel.period ? formatPeriod(sel.period.replace(/[/:]/, '-'), lang) : '' });
  if (rows.length === 0 || (focus.length > 0 && !rows.some((r) => focus.includes(r.region)))) {
    // The comparison alone is not an answer to "how is Kongsvinger doing?": say what is missing.
    return t(lang, 'noRegion', { x: focus.map((f) => regionName(ds, f, lang) || f).join(', ') });
  }
  return undefined;
}

/** Bars read best sorted by value (gaps last); lines and parts keep the source's order. */
function sortRows(rows: ViewRow[], chart: ChartKind, seriesDimension: string | undefined, mode: ComparisonMode): void {
  if (chart === 'index-lines' || chart === 'part-of-whole' || seriesDimension) return;
  const dir = mode === 'rank' ? -1 : 1;
  rows.sort((a, b) => (a.value === null ? 1 : b.value === null ? -1 : dir * (b.value - a.value)));
}

export function buildViewModel(ds: Dataset, sel: ViewSelection): ViewModel {
  const { lang } = sel;
  const m = chooseMeasure(ds, sel);
  const { definition, measure, title } = m;
  const dimLabel = dimensionLabels(ds, lang);
  let obs = m.obs;
  for (const [dim, wanted] of Object.entries(sel.dims ?? {})) obs = obs.filter((o) => dimOf(o, dim) === wanted);
  const periods = distinct(obs, 'period');
  // Regions asked for by the project's codes are found by name when the table codes them its own way (TOTAL, "12").
  const codesPresent = new Set(obs.map((o) => o.region));
  const compare: string | undefined = findRegion(ds, codesPresent, sel.compare ?? definition?.compare);
  const focus = (sel.regions?.filter((r) => r !== '') ?? []).map((r) => findRegion(ds, codesPresent, r)!);
  const focusSet = new Set(focus);
  // The webmaster's `peers=`, else the focus region's KOSTRA group when the feed names it.
  const peers = (sel.peers?.length ? sel.peers : kostraPeers(ds.regions, focus)).map((r) => findRegion(ds, codesPresent, r) ?? r);
  const mode = chooseMode(ds, sel, m, obs, compare, peers, codesPresent);

  const { shownPeriods, chart } = shownPeriodsFor({ asked: sel.period, periods, chart: m.usualChart, obs: mode.obs, focus: focusSet, compare });
  const shownSet = new Set(shownPeriods);
  const narrowed = narrowDimensions({
    ds,
    lang,
    chart,
    definition,
    wanted: sel.dims,
    shown: mode.obs.filter((o) => shownSet.has(o.period)),
    beforeFilter: m.obs.filter((o) => shownSet.has(o.period)),
    dimLabel,
  });
  const { seriesDimension, filters } = narrowed;
  let shown = regionsShown(narrowed.shown, { mode: mode.mode, focus, peers, compare });
  if (mode.mode === 'rank') shown = ranked(shown);

  // Money in the unit a reader reads; only for tables not made for Innsikt: an indicator's feed states the unit its author chose.
  const money = !definition && mode.mode === 'level';
  const maker = rowMaker({ ds, lang, unit: mode.unit, decimals: mode.decimals, money, shown, compare, focus: focusSet, seriesDimension, dimLabel });
  const rows = shown.map(maker.toRow);
  const shownRegions = new Set(rows.map((r) => r.region));
  const totals = narrowed.totalObs.filter((o) => shownSet.has(o.period) && shownRegions.has(o.region)).map(maker.toRow);
  sortRows(rows, chart, seriesDimension, mode.mode);

  const sourceIds = new Set(rows.map((r) => r.source).filter((s): s is string => !!s));
  const model: ViewModel = {
    definition,
    indicator: sel.indicator,
    lang,
    chart,
    title,
    subtitle: subtitleOf(mode.measureLabel, maker.unit, shownPeriods, filters, lang),
    measure,
    measureLabel: mode.measureLabel,
    unit: maker.unit,
    decimals: maker.decimals,
    measures: m.measures,
    periods,
    shownPeriods,
    compare,
    focus,
    filters,
    rows,
    totals,
    sources: ds.sources.filter((s) => sourceIds.has(s.id) || (sourceIds.size === 0 && ds.sources.length === 1)),
    notes: viewNotes(ds, sel.indicator, rows, lang),
    statuses: [...new Set(rows.map((r) => r.status).filter((s): s is string => !!s))],
    partial: rows.some((r) => r.value === null) || focus.some((f) => !shownRegions.has(f)),
    mode: mode.mode,
    modes: mode.modes,
  };
  if (mode.derivedFrom !== undefined) model.derivedFrom = mode.derivedFrom;
  if (mode.peers) model.peers = mode.peers;
  const annotations = viewAnnotations(ds, sel.indicator, shownPeriods, shownRegions, lang);
  if (annotations.length) model.annotations = annotations;
  if (mode.base !== undefined) {
    model.base = mode.base;
    model.basePeriods = mode.basePeriods!;
  }
  if (mode.obs.length > 0 && mode.obs.every((o) => o.region === '')) model.regionless = true;
  const key = focus.length || seriesDimension || mode.mode !== 'level' ? undefined : keyFigure(ds, measure, rows, maker.toRow, shown);
  if (key) model.keyFigure = key;
  if (seriesDimension) model.seriesDimension = seriesDimension;
  const empty = emptyText(ds, sel, model, m, mode.obs);
  if (empty !== undefined) model.empty = empty;
  return model;
}

/** Whether rows are changes over a span (1990–2002) rather than levels at a point in time. */
export function isChangeModel(model: ViewModel): boolean {
  return model.shownPeriods.some(isSpan) || model.chart === 'change-bars';
}
