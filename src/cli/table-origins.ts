/**
 * Table provenance for the figures of one answer (the feed's `origins`): which table, query and coordinates
 * each figure comes from.
 *
 * Pure TypeScript with no Node imports.
 */
import type { Coordinate, Dataset, Localized, Observation, Origin } from '../data/types.js';
import { dimsKey } from './derived-cell.js';

/** The id and label of the answer's metric dimension (`ContentsCode`, "statistikkvariabel"). */
function metricDimension(json: unknown): { id: string; label?: Localized } {
  const j = json as { role?: { metric?: unknown }; dimension?: Record<string, { label?: unknown }> } | null;
  const role = Array.isArray(j?.role?.metric) ? j.role.metric[0] : undefined;
  const id = typeof role === 'string' ? role : 'ContentsCode';
  const label = j?.dimension?.[id]?.label;
  return typeof label === 'string' && label.trim() !== '' ? { id, label: label.trim() } : { id };
}

/**
 * Table provenance for the figures of one answer: one shared {@link Origin} per measure and combination of other
 * categories, with every coordinate (the statistic's ContentsCode, and each other dimension, also one left out of
 * `dims` because a single category was selected), its labels, the source and the query address.
 */
export function tableOrigins(ds: Dataset, json: unknown, source: string, url: string | undefined): (o: Observation) => Origin {
  const metric = metricDimension(json);
  const measureLabel = new Map(ds.measures.map((m) => [m.code, m.label]));
  const categoryLabel = new Map(ds.dimensions.map((d) => [d.id, new Map(d.categories.map((c) => [c.code, c.label]))]));
  const cache = new Map<string, Origin>();
  return (o) => {
    const key = `${o.measure}\u0000${dimsKey(o.dims)}`;
    let origin = cache.get(key);
    if (origin) return origin;
    const first: Coordinate = { dimension: metric.id, code: o.measure, codeLabel: measureLabel.get(o.measure) ?? o.measureLabel };
    if (metric.label !== undefined) first.label = metric.label;
    const coordinates = [first];
    for (const d of ds.dimensions) {
      const code = o.dims[d.id];
      if (code === undefined) continue;
      const c: Coordinate = { dimension: d.id, label: d.label, code };
      const label = categoryLabel.get(d.id)?.get(code);
      if (label !== undefined) c.codeLabel = label;
      coordinates.push(c);
    }
    origin = { source, ...(url ? { query: url } : {}), coordinates };
    cache.set(key, origin);
    return origin;
  };
}
