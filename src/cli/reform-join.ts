/**
 * The 2020 county reform in a feed being built: empty cells of regions in years they did not exist are dropped,
 * Hedmark (04) and Oppland (05) are joined to Innlandet (34) for additive measures, and measures that cannot be
 * added up are flagged with a note.
 *
 * Pure TypeScript with no Node imports.
 */
import { REFORM_2020, harmoniseObservations, reformPredecessors } from '../data/reform.js';
import { regionInfo } from '../data/geography.js';
import { periodParts } from '../data/period.js';
import { nbText } from '../data/innsikt.js';
import type { FeedBuild } from './build-state.js';
import { dimsKey } from './derived-cell.js';
import { regionSumOrigin } from './formula.js';

/**
 * Tables that list Hedmark, Oppland and Innlandet for every year have empty cells where a region did not
 * exist (Innlandet before 2020, Hedmark after 2019). Those are not figures: left in, an empty Innlandet
 * 2019 would block the sum of Hedmark and Oppland. Figures outside a region's years (back-cast series)
 * are kept.
 */
export function dropEmptyOutsideValidity(b: FeedBuild): void {
  let dropped = 0;
  const kept = b.obs.filter((o) => {
    if (o.value !== null) return true;
    const info = regionInfo(o.region);
    const year = periodParts(o.period)?.start;
    if (!info || year === undefined) return true;
    const before = info.validFrom !== undefined && year < Number(info.validFrom);
    const after = info.validTo !== undefined && year > Number(info.validTo);
    if (before || after) dropped++;
    return !(before || after);
  });
  if (dropped > 0) {
    b.report.warnings.push(
      `${dropped} empty cell${dropped === 1 ? '' : 's'} for regions in years they did not exist (e.g. Innlandet before 2020) ${dropped === 1 ? 'was' : 'were'} left out.`,
    );
    b.obs = kept;
  }
}

/** Joins Hedmark and Oppland to Innlandet for additive measures (unless the feed turns the reform join off). */
export function harmonise(b: FeedBuild): void {
  if (b.feed.reform2020 === 'off') return;
  const before = b.obs.slice();
  const { observations, warnings } = harmoniseObservations(before, (id) => b.meta.get(id)?.additive === true);
  for (const o of observations) {
    if (o.derived && o.originalRegion?.includes('+')) {
      const parts = o.originalRegion.split('+');
      o.origin = regionSumOrigin(o.measure, b.label(o.measure), parts, parts.map((c) => `${regionInfo(c)?.name ?? c} (${c})`).join(' + '));
    }
  }
  const kept = new Set(observations);
  b.report.summed = observations.filter((o) => o.derived && o.originalRegion?.includes('+')).length;
  if (b.feed.reform2020 === 'join-keep-old') {
    // Also keep the parts (Hedmark, Oppland) that went into a sum.
    for (const o of before) if (!kept.has(o) && reformPredecessors(REFORM_2020[o.region] ?? '').length > 1) observations.push(o);
  }
  // Non-additive measures with Hedmark and Oppland for the same period stay apart: flag them.
  const apart = new Set<string>();
  const seen = new Map<string, Set<string>>();
  for (const o of observations) {
    if ((o.region === '04' || o.region === '05') && b.meta.get(o.measure)?.additive !== true) {
      const key = `${o.measure}|${o.period}|${dimsKey(o.dims)}`;
      const set = seen.get(key) ?? new Set<string>();
      set.add(o.region);
      seen.set(key, set);
      if (set.size === 2) apart.add(o.measure);
    }
  }
  b.report.keptApart = [...apart];
  for (const id of apart) {
    const label = nbText(b.meta.get(id)?.label) || id;
    b.notes.push({
      indicator: b.feed.indicator,
      mandatory: false,
      text: {
        nb: `«${label}» kan ikke legges sammen for Hedmark og Oppland. Før 2020 vises tallene for de to fylkene hver for seg, ikke for Innlandet.`,
        nn: `«${label}» kan ikkje leggjast saman for Hedmark og Oppland. Før 2020 blir tala for dei to fylka viste kvar for seg, ikkje for Innlandet.`,
        en: `"${label}" cannot be added up for Hedmark and Oppland. Before 2020 the figures are shown for the two counties separately, not for Innlandet.`,
      },
    });
  }
  for (const w of warnings) b.report.warnings.push(`reform 2020: ${w.message}`);
  b.obs = observations;
}
