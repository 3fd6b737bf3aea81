/**
 * When a widget's selection has no figures (a region or period the indicator lacks, a measure that does not cover the
 * chosen period), the nearest figures there are, with a plain note, instead of an empty box: the reader always sees
 * figures and can always go back. A chunk of its own, fetched by the view runtime only for such a selection. Linear in the dataset: one pass to find where figures
 * exist, then at most a few models built.
 */
import type { Dataset, Lang } from '../data/types.js';
import type { ViewModel, ViewSelection } from '../indicators/view-model.js';
import { formatPeriod } from '../indicators/format.js';
import { regionName } from '../indicators/region-names.js';
import { t } from '../indicators/messages/catalogue.js';

export interface NearestFigures {
  model: ViewModel;
  /** What was asked for and what is shown instead, in words. */
  note: string;
}

type Build = (sel: ViewSelection) => ViewModel;

/** The first year in a period (`1990-2002` → 1990, `2021K3` → 2021); NaN when there is none. */
function startYear(period: string): number {
  return Number(/\d{4}/.exec(period)?.[0] ?? NaN);
}

/** Periods ordered by closeness to `wanted` (the later first on a tie). */
function byCloseness(periods: Iterable<string>, wanted: string): string[] {
  const w = startYear(wanted);
  if (Number.isNaN(w)) return [...periods].sort((a, b) => startYear(b) - startYear(a));
  return [...periods].sort((a, b) => Math.abs(startYear(a) - w) - Math.abs(startYear(b) - w) || startYear(b) - startYear(a));
}

/** The periods that have a value for any of `regions` in the model's indicator and measure. */
function periodsWithFigures(ds: Dataset, model: ViewModel, regions: readonly string[]): Set<string> {
  const tagged = ds.observations.some((o) => o.indicator !== undefined);
  const wanted = new Set(regions);
  const out = new Set<string>();
  for (const o of ds.observations) {
    if (o.value === null || o.measure !== model.measure || (tagged && o.indicator !== model.indicator)) continue;
    if (wanted.size === 0 || wanted.has(o.region)) out.add(o.period);
  }
  return out;
}

function names(ds: Dataset, codes: readonly string[], lang: Lang): string {
  return codes.map((c) => regionName(ds, c, lang) || c).join(', ');
}

/** Another period for the same regions: the nearest that has figures for them. */
function nearerPeriod(ds: Dataset, sel: ViewSelection, model: ViewModel, build: Build): NearestFigures | undefined {
  const regions = sel.regions ?? [];
  const wanted = sel.period ?? '';
  const candidates = byCloseness(periodsWithFigures(ds, model, regions), wanted).slice(0, 3);
  for (const period of candidates) {
    const alt = build({ ...sel, period });
    if (!alt.empty) {
      const asked = wanted ? formatPeriod(wanted.replace(/[/:]/, '-'), sel.lang) : '';
      const what = [regions.length ? names(ds, regions, sel.lang) : '', asked].filter(Boolean).join(', ');
      return { model: alt, note: t(sel.lang, 'nearestPeriod', { asked: what, shown: formatPeriod(period, sel.lang) }) };
    }
  }
  return undefined;
}

/** The same period without the region choice (the areas that have figures); failing that, their nearest period. */
function otherRegions(ds: Dataset, sel: ViewSelection, build: Build): NearestFigures | undefined {
  const regions = sel.regions ?? [];
  const asked = names(ds, regions, sel.lang);
  for (const period of [sel.period, undefined]) {
    const alt = build({ ...sel, regions: [], period });
    if (!alt.empty) {
      const where = [...new Set(alt.rows.filter((r) => r.value !== null && !r.isComparison).map((r) => r.region))];
      const shown = where.length <= 4 ? names(ds, where, sel.lang) : '';
      const note = t(sel.lang, shown ? 'nearestRegionList' : 'nearestRegion', { asked, shown });
      return {
        model: alt,
        note:
          period === sel.period || !sel.period
            ? note
            : `${note} ${t(sel.lang, 'nearestPeriodToo', { period: alt.shownPeriods.map((p) => formatPeriod(p, sel.lang)).join(', ') })}`,
      };
    }
  }
  return undefined;
}

/**
 * The nearest figures for a selection that has none, or undefined when the selection has figures (or the data has
 * nothing for the indicator and measure at all: then the empty message stands).
 */
export function nearestFigures(ds: Dataset, sel: ViewSelection, model: ViewModel, build: Build): NearestFigures | undefined {
  if (!model.empty || model.periods.length === 0) return undefined;
  return nearerPeriod(ds, sel, model, build) ?? ((sel.regions ?? []).length ? otherRegions(ds, sel, build) : undefined);
}
