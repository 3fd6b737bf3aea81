import type { Dataset, Lang, Observation, Qualifier } from '../data/types.js';
import { INNLANDET, INNLANDET_MUNICIPALITIES, NORWAY } from '../data/geography.js';
import { harmoniseCode } from '../data/reform.js';
import { comparePeriods, periodParts } from '../data/period.js';
import { rank as rankOf } from '../data/derive.js';
import { isPercentUnit, localize } from './format.js';
import { indicatorDefinition } from './registry.js';
import { type ViewAnnotation, viewAnnotations } from './view-annotation.js';

/**
 * One region's figures across feeds (issue 18, `<inn-profile>`): for every indicator, measure and category the
 * region has a figure for, its latest value, its change over 5 and 10 years where the series reaches, the same for
 * Innlandet and Norway, and its rank among Innlandet's municipalities where the feed has all of them. Pure: no DOM.
 *
 * Nothing is computed that the data does not support: no change across a qualified figure ("over 70"), no change
 * when the year 5 or 10 back is missing, no rank unless all 46 municipalities have a plain figure that period.
 */

export interface ProfileChange {
  from: string;
  to: string;
  /** Latest minus earlier value, in the measure's unit. */
  diff: number;
  /** Per cent change, for levels (not for percentages or indices, whose change is read in points). */
  pct?: number;
}

export interface ProfileFigure {
  region: string;
  period: string;
  value: number | null;
  status?: string;
  qualifier?: Qualifier;
  qualifierText?: string;
  change5?: ProfileChange;
  change10?: ProfileChange;
}

export interface ProfileEntry {
  indicator: string;
  indicatorTitle: string;
  measure: string;
  measureLabel: string;
  dims: Record<string, string>;
  /** The categories in words ("Industri"), empty when the measure has none. */
  dimsLabel: string;
  unit: string;
  decimals: number | undefined;
  /** Position of the feed in the list given to {@link buildProfile}. */
  feed: number;
  /** The region's code as the feed writes it (a pre-2020 code for older figures). */
  feedRegion: string;
  focus: ProfileFigure;
  innlandet?: ProfileFigure;
  norway?: ProfileFigure;
  /** 1 = the highest value among Innlandet's municipalities. */
  rank?: { rank: number; of: number };
  sources: string[];
  notes: string[];
  derived: boolean;
  /** The feed's remarks (issue 18) on the periods the entry speaks of: from its longest change's start to its latest figure. */
  annotations: ViewAnnotation[];
}

const YEARS_BACK = [5, 10] as const;

function dimsKey(dims: Record<string, string>): string {
  return Object.keys(dims)
    .sort()
    .map((k) => `${k}=${dims[k]}`)
    .join('&');
}

/** The feed's code for `region`: the code itself, or a pre-2020 municipality code that became it in 2020. */
function isRegion(feedCode: string, region: string): boolean {
  if (feedCode === region) return true;
  // Counties are not mapped: Hedmark alone is not Innlandet.
  return feedCode.length === 4 && harmoniseCode(feedCode).code === region;
}

function change(obs: Observation[], latest: Observation, years: number, level: boolean): ProfileChange | undefined {
  const p = periodParts(latest.period);
  if (!p || p.kind !== 'year' || latest.value === null || latest.qualifier) return undefined;
  const earlier = obs.find((o) => periodParts(o.period)?.kind === 'year' && Number(o.period) === p.start - years);
  if (!earlier || earlier.value === null || earlier.qualifier) return undefined;
  const out: ProfileChange = { from: earlier.period, to: latest.period, diff: latest.value - earlier.value };
  if (level && earlier.value > 0) out.pct = (out.diff / earlier.value) * 100;
  return out;
}

function figure(obs: Observation[], region: string, period: string | undefined, level: boolean): ProfileFigure | undefined {
  const own = obs.filter((o) => isRegion(o.region, region)).sort((a, b) => comparePeriods(a.period, b.period));
  const withValue = own.filter((o) => o.value !== null);
  const latest = period === undefined ? withValue.at(-1) : own.find((o) => o.period === period);
  if (!latest) return undefined;
  const f: ProfileFigure = { region, period: latest.period, value: latest.value };
  if (latest.status !== undefined) f.status = latest.status;
  if (latest.qualifier) f.qualifier = latest.qualifier;
  if (latest.qualifierText) f.qualifierText = latest.qualifierText;
  const [c5, c10] = YEARS_BACK.map((y) => change(own, latest, y, level));
  if (c5) f.change5 = c5;
  if (c10) f.change10 = c10;
  return f;
}

/** Rank among Innlandet's 46 municipalities, only when every one of them has a plain figure for the period. */
function municipalRank(obs: Observation[], region: string, period: string): { rank: number; of: number } | undefined {
  if (!INNLANDET_MUNICIPALITIES.includes(region)) return undefined;
  const byCode = new Map<string, Observation>();
  for (const o of obs) if (o.period === period && o.value !== null && !o.qualifier && INNLANDET_MUNICIPALITIES.includes(o.region)) byCode.set(o.region, o);
  if (byCode.size !== INNLANDET_MUNICIPALITIES.length) return undefined;
  const hit = rankOf([...byCode.values()]).find((r) => r.observation.region === region);
  return hit?.rank === undefined ? undefined : { rank: hit.rank, of: byCode.size };
}

function dimsText(ds: Dataset, dims: Record<string, string>, lang: Lang): string {
  return Object.entries(dims)
    .map(([id, code]) => localize(ds.dimensions.find((d) => d.id === id)?.categories.find((c) => c.code === code)?.label, lang) || code)
    .join(', ');
}

/** Observations of one dataset grouped by indicator, measure and categories, in feed order. */
function groups(ds: Dataset): Map<string, Observation[]> {
  const out = new Map<string, Observation[]>();
  for (const o of ds.observations) {
    const key = `${o.indicator ?? ''}\u0000${o.measure}\u0000${dimsKey(o.dims)}`;
    let list = out.get(key);
    if (!list) out.set(key, (list = []));
    list.push(o);
  }
  return out;
}

function entryFor(ds: Dataset, feed: number, obs: Observation[], region: string, lang: Lang): ProfileEntry | undefined {
  const first = obs[0]!;
  const meta = ds.indicators.find((i) => i.id === first.indicator);
  const measureMeta = meta?.measures?.find((m) => m.id === first.measure);
  const unit = localize(measureMeta?.unit, lang) || first.unit || '';
  const level = !isPercentUnit(unit) && !/indeks|index/i.test(`${unit} ${first.measure}`);
  const focus = figure(obs, region, undefined, level);
  if (!focus) return undefined;
  const feedRegion = obs.find((o) => isRegion(o.region, region) && o.period === focus.period)!.region;
  const cells = obs.filter((o) => o.period === focus.period && [feedRegion, INNLANDET, NORWAY].includes(o.region));
  const entry: ProfileEntry = {
    indicator: first.indicator ?? '',
    // The indicator's own name ("Pendling"), not one feed's title: a section gathers figures from several feeds.
    indicatorTitle: indicatorDefinition(first.indicator ?? '')?.title[lang] ?? (localize(meta?.title, lang) || first.indicator || ''),
    measure: first.measure,
    measureLabel: localize(measureMeta?.label, lang) || first.measureLabel || first.measure,
    dims: { ...first.dims },
    dimsLabel: dimsText(ds, first.dims, lang),
    unit,
    decimals: measureMeta?.decimals ?? first.decimals,
    feed,
    feedRegion,
    focus,
    sources: [...new Set(cells.map((o) => o.source).filter((s): s is string => !!s))],
    notes: [...new Set(cells.filter((o) => o.region === feedRegion && o.note).map((o) => localize(o.note, lang)))],
    derived: cells.some((o) => o.region === feedRegion && o.derived === true),
    annotations: [],
  };
  if (region !== INNLANDET) {
    const f = figure(obs, INNLANDET, focus.period, level);
    if (f) entry.innlandet = f;
  }
  if (region !== NORWAY) {
    const f = figure(obs, NORWAY, focus.period, level);
    if (f) entry.norway = f;
  }
  const r = municipalRank(obs, region, focus.period);
  if (r) entry.rank = r;
  const from = (focus.change10 ?? focus.change5)?.from ?? focus.period;
  const regions = new Set([region, feedRegion, INNLANDET, NORWAY]);
  entry.annotations = viewAnnotations(ds, entry.indicator, [from, focus.period], regions, lang);
  return entry;
}

/**
 * Every figure the feeds have for `region` (a code from 2020 on: `3405`, `34`, `0`), one entry per indicator,
 * measure and category, in feed order (`undefined` for a feed not read). Pre-2020 municipality codes count as their successors.
 */
export function buildProfile(feeds: ReadonlyArray<Dataset | undefined>, region: string, lang: Lang): ProfileEntry[] {
  const out: ProfileEntry[] = [];
  // A feed not (yet) read keeps its place: `feed` is the position in the list as given.
  feeds.forEach((ds, feed) => {
    if (!ds) return;
    for (const obs of groups(ds).values()) {
      const entry = entryFor(ds, feed, obs, region, lang);
      if (entry) out.push(entry);
    }
  });
  return out;
}

/** One indicator's part of a profile: its title and its figures. */
export interface ProfileSection {
  indicator: string;
  title: string;
  entries: ProfileEntry[];
}

/** Entries by indicator, in order of first appearance: the profile's sections. */
export function profileSections(entries: readonly ProfileEntry[]): ProfileSection[] {
  const out = new Map<string, { indicator: string; title: string; entries: ProfileEntry[] }>();
  for (const e of entries) {
    let s = out.get(e.indicator);
    if (!s) out.set(e.indicator, (s = { indicator: e.indicator, title: e.indicatorTitle, entries: [] }));
    s.entries.push(e);
  }
  return [...out.values()];
}
