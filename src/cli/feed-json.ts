/**
 * The written JSON of a feed being built: the published measures' figures, with the regions, sources,
 * dimensions, notes, origins and annotations they use.
 *
 * Pure TypeScript with no Node imports.
 */
import type { Origin } from '../data/types.js';
import { REFORM_2020, withReformAnnotation } from '../data/reform.js';
import { regionInfo } from '../data/geography.js';
import { normaliseRegionCode } from '../data/region-code.js';
import { comparePeriods } from '../data/period.js';
import type { FeedBuild, FeedJson } from './build-state.js';
import { tidy } from './derived-cell.js';

/** The feed's `origins`, each distinct one once, in order of first use; `intern` gives a figure's index. */
function originTable(): { origins: Origin[]; intern: (origin: Origin) => number } {
  const origins: Origin[] = [];
  const byObject = new Map<Origin, number>();
  const byText = new Map<string, number>();
  const intern = (origin: Origin): number => {
    let i = byObject.get(origin);
    if (i !== undefined) return i;
    const text = JSON.stringify(origin);
    i = byText.get(text);
    if (i === undefined) {
      i = origins.push(origin) - 1;
      byText.set(text, i);
    }
    byObject.set(origin, i);
    return i;
  };
  return { origins, intern };
}

function regionEntry(b: FeedBuild, code: string): Record<string, unknown> {
  const known = regionInfo(code);
  const entry: Record<string, unknown> = { code };
  if (known) {
    const names = known.names ?? {};
    entry['name'] = names.nn || names.en ? { nb: known.name, ...(names.nn ? { nn: names.nn } : {}), ...(names.en ? { en: names.en } : {}) } : known.name;
    entry['level'] = known.level;
    if (known.parent) entry['parent'] = known.parent;
    if (known.validFrom) entry['validFrom'] = known.validFrom;
    if (known.validTo) entry['validTo'] = known.validTo;
  } else {
    entry['name'] = (b.regionLabels.get(code) || code).slice(0, 200);
    entry['level'] = normaliseRegionCode(code).level ?? 'other';
  }
  if (REFORM_2020[code] !== undefined && entry['validTo'] === undefined) entry['validTo'] = '2019';
  const group = b.feed.kostraGroups?.[code];
  if (group !== undefined) entry['kostraGroup'] = group;
  return entry;
}

/** The feed as written; fills in the report's counts of observations, regions and periods. */
export function feedJson(b: FeedBuild, generated: string): FeedJson {
  const f = b.feed;
  const published = new Set<string>();
  const measures: Array<Record<string, unknown>> = [];
  for (const q of f.queries) for (const m of Object.values(q.measures)) if (m.publish) published.add(m.id);
  for (const d of f.derive) if (d.publish) published.add(d.id);
  for (const id of published) {
    const m = b.meta.get(id);
    if (!m) continue;
    const entry: Record<string, unknown> = { id, label: m.label };
    if (m.unit !== undefined) entry['unit'] = m.unit;
    if (m.decimals !== undefined) entry['decimals'] = m.decimals;
    measures.push(entry);
  }
  const obs = b.obs.filter((o) => published.has(o.measure));
  const indicator: Record<string, unknown> = { id: f.indicator, title: f.title };
  if (f.description !== undefined) indicator['description'] = f.description;
  if (f.unit !== undefined) indicator['unit'] = f.unit;
  if (f.decimals !== undefined) indicator['decimals'] = f.decimals;
  if (f.definition !== undefined) indicator['definition'] = f.definition;
  indicator['measures'] = measures;

  const regionCodes = [...new Set(obs.map((o) => o.region))];
  const usedSources = new Set(obs.map((o) => o.source).filter((s): s is string => !!s));
  // Tables that only fed a derivation are listed too (the combined source names them).
  for (const id of [...usedSources]) for (const part of b.combined.get(id) ?? []) usedSources.add(part);
  const sources = [...b.sources.values()].filter((s) => usedSources.has(s.id));
  const usedDims = new Map<string, Set<string>>();
  for (const o of obs)
    for (const [k, v] of Object.entries(o.dims)) {
      const set = usedDims.get(k) ?? new Set<string>();
      set.add(v);
      usedDims.set(k, set);
    }
  const dimensions = [...usedDims].map(([id, codes]) => {
    const def = b.dims.get(id);
    return { id, label: def?.label ?? id, categories: [...codes].map((code) => ({ code, label: def?.categories.get(code) ?? code })) };
  });
  const notes = [...f.notes.map((n) => ({ text: n.text, mandatory: n.mandatory, indicator: f.indicator })), ...b.notes];

  const { origins, intern } = originTable();
  const json: FeedJson = {
    innsikt: '1',
    title: f.title,
    updated: b.updated ?? generated,
    indicators: [indicator],
    regions: regionCodes.map((c) => regionEntry(b, c)),
    sources: sources.map((s) => ({ ...s })),
    observations: obs.map((o) => {
      const out: Record<string, unknown> = {
        indicator: o.indicator,
        measure: o.measure,
        region: o.region,
        period: o.period,
        value: o.value === null ? null : tidy(o.value),
      };
      if (o.status !== undefined) out['status'] = o.status;
      if (o.qualifier !== undefined) out['qualifier'] = o.qualifier;
      if (o.qualifierText !== undefined) out['qualifierText'] = o.qualifierText;
      if (Object.keys(o.dims).length > 0) out['dims'] = { ...o.dims };
      if (o.source !== undefined) out['source'] = o.source;
      if (o.derived) out['derived'] = true;
      if (o.note !== undefined) out['note'] = o.note;
      if (o.origin !== undefined) out['origin'] = intern(o.origin);
      return out;
    }),
  };
  if (notes.length > 0) json['notes'] = notes;
  if (dimensions.length > 0) json['dimensions'] = dimensions;
  if (origins.length > 0) json['origins'] = origins;
  // The reform's remark on every series joined across 2020 (only harmonised figures carry their old code).
  const annotations = withReformAnnotation(f.annotations?.length ? [...f.annotations] : undefined, obs);
  if (annotations) json['annotations'] = annotations;
  b.report.observations = obs.length;
  b.report.regions = regionCodes.length;
  b.report.periods = [...new Set(obs.map((o) => o.period))].sort(comparePeriods);
  return json;
}
