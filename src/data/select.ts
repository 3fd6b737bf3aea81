import type { Dataset, Observation } from './types.js';
import { comparePeriods, periodParts } from './period.js';

export interface Selection {
  indicator?: string;
  measure?: string | string[];
  regions?: string[];
  /** A list of periods, or a range (inclusive; a span `1990-2002` is inside a range when both ends are). */
  periods?: string[] | { from?: string; to?: string };
  /** Category codes other dimensions must have; a dimension not named here is not filtered. */
  dims?: Record<string, string | string[]>;
}

function asSet(v: string | string[] | undefined): Set<string> | undefined {
  if (v === undefined) return undefined;
  return new Set(Array.isArray(v) ? v : [v]);
}

function inRange(period: string, from?: string, to?: string): boolean {
  const p = periodParts(period);
  if (!p) return from === undefined && to === undefined;
  const f = from !== undefined ? periodParts(from) : undefined;
  const t = to !== undefined ? periodParts(to) : undefined;
  if (f && p.start < f.start) return false;
  if (t && p.end > t.end) return false;
  return true;
}

/** Filters observations. Order is kept: the source's order is meaningful (e.g. types of transfer). */
export function select(ds: Dataset | Observation[], q: Selection = {}): Observation[] {
  const all = Array.isArray(ds) ? ds : ds.observations;
  const measures = asSet(q.measure);
  const regions = q.regions ? new Set(q.regions) : undefined;
  const periodList = Array.isArray(q.periods) ? new Set(q.periods) : undefined;
  const range = q.periods && !Array.isArray(q.periods) ? q.periods : undefined;
  const dims = q.dims ? Object.entries(q.dims).map(([k, v]) => [k, asSet(v)!] as const) : [];
  return all.filter(
    (o) =>
      (q.indicator === undefined || o.indicator === q.indicator) &&
      (!measures || measures.has(o.measure)) &&
      (!regions || regions.has(o.region)) &&
      (!periodList || periodList.has(o.period)) &&
      (!range || inRange(o.period, range.from, range.to)) &&
      dims.every(([k, set]) => o.dims[k] !== undefined && set.has(o.dims[k]!)),
  );
}

/** Distinct values of a field, in first-seen order (periods in time order). */
export function distinct(obs: Observation[], field: 'region' | 'period' | 'measure' | 'indicator'): string[] {
  const seen = new Set<string>();
  for (const o of obs) {
    const v = o[field];
    if (v !== undefined) seen.add(v);
  }
  const list = [...seen];
  return field === 'period' ? list.sort(comparePeriods) : list;
}

/** The key that identifies a series: everything but the period. */
export function seriesKey(o: Observation): string {
  const dims = Object.keys(o.dims)
    .sort()
    .map((k) => `${k}=${o.dims[k]}`)
    .join('&');
  return `${o.indicator ?? ''}|${o.measure}|${o.region}|${dims}`;
}

/** Groups observations into series (same indicator, measure, region and dims), each sorted by period. */
export function series(obs: Observation[]): Map<string, Observation[]> {
  const out = new Map<string, Observation[]>();
  for (const o of obs) {
    const key = seriesKey(o);
    let list = out.get(key);
    if (!list) out.set(key, (list = []));
    list.push(o);
  }
  for (const list of out.values()) list.sort((a, b) => comparePeriods(a.period, b.period));
  return out;
}
