/**
 * Region sums in a feed being built: a region whose figures are the sum of other regions' (Innlandet = its
 * municipalities).
 *
 * Pure TypeScript with no Node imports.
 */
import type { Observation } from '../data/types.js';
import type { RegionSumConfig } from './config.js';
import { nbText } from '../data/innsikt.js';
import { type Bound, add, toBound } from '../data/bounds.js';
import type { FeedBuild } from './build-state.js';
import { bound, derivedObs, dimsKey, matches } from './derived-cell.js';
import { regionSumOrigin } from './formula.js';

/**
 * Adds a region whose figures are the sum of other regions' (Innlandet = its municipalities), per measure,
 * period and dimensions. A period where a part is missing or empty, or that has fewer parts than the fullest
 * period, gets a gap: a sum of some of the parts is never shown as the whole.
 */
export function sumRegions(b: FeedBuild, r: RegionSumConfig): void {
  const label = r.label === undefined ? undefined : nbText(r.label);
  if (label) b.regionLabels.set(r.region, label);
  let added = 0;
  for (const measure of r.measures) {
    const parts = b.obs.filter((o) => o.measure === measure && o.region !== r.region && matches(o.region, r.of));
    const groups = new Map<string, Observation[]>();
    for (const o of parts) {
      const key = `${o.period}|${dimsKey(o.dims)}`;
      const list = groups.get(key);
      if (list) list.push(o);
      else groups.set(key, [o]);
    }
    const fullest = Math.max(0, ...[...groups.values()].map((g) => g.length));
    const existing = new Set(b.obs.filter((o) => o.measure === measure && o.region === r.region).map((o) => `${o.period}|${dimsKey(o.dims)}`));
    for (const [key, group] of groups) {
      if (existing.has(key)) {
        b.report.warnings.push(`region sum ${r.region}: "${measure}" already has a figure for ${key.split('|')[0]}; the answer's own figure was kept.`);
        continue;
      }
      const base: Observation = { ...group[0]!, region: r.region, regionLabel: label ?? r.region, dims: { ...group[0]!.dims } };
      delete base.note;
      const complete = group.length === fullest && group.every((o) => o.value !== null);
      const sum = complete ? group.reduce<Bound | undefined>((acc, o) => (acc && bound(o) ? add(acc, bound(o)!) : undefined), toBound(0)) : undefined;
      const out = derivedObs(
        base,
        { ...(b.meta.get(measure) ?? { id: measure, label: measure, publish: true }), op: 'sum', of: [measure] },
        sum,
        group,
        group[0]!.source,
      );
      out.measure = measure;
      out.measureLabel = group[0]!.measureLabel;
      out.origin = regionSumOrigin(measure, b.label(measure), group.map((o) => o.region).sort());
      if (group[0]!.unit !== undefined) out.unit = group[0]!.unit;
      b.obs.push(out);
      added++;
    }
  }
  if (added === 0) b.report.warnings.push(`region sum ${r.region}: no figures of ${r.measures.join(', ')} for regions ${r.of.join(', ')}; nothing was summed.`);
}
