/** Which periods a view shows: the one asked for, a range (lines), or the best one when none is asked for. */
import type { Observation } from '../data/types.js';
import { comparePeriods, periodParts, periodRange } from '../data/period.js';
import type { ChartKind } from './registry.js';

/**
 * The period shown when the selection names none: the one with values for the most focus regions, then one that
 * has the comparison region (a planner compares with Norway); ties go to the latest. Without focus regions the
 * comparison comes first, then the number of regions. One pass over the observations, so that thousands of
 * periods cost no more than their observations.
 */
export function defaultPeriod(obs: Observation[], periods: string[], focus: ReadonlySet<string>, compare: string | undefined): string | undefined {
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

export interface PeriodChoice {
  /** The period asked for: a period (`2000`, `1990-2002`), a range (`1998/2005`) or none. */
  asked: string | undefined;
  /** Every period the figures have. */
  periods: string[];
  chart: ChartKind;
  obs: Observation[];
  focus: ReadonlySet<string>;
  compare: string | undefined;
}

/** The periods shown, and the chart (levels asked for over a range are drawn as lines). Lines show a range, every other chart one period. */
export function shownPeriodsFor(c: PeriodChoice): { shownPeriods: string[]; chart: ChartKind } {
  const { asked, periods } = c;
  let chart = c.chart;
  const range = asked ? periodRange(asked) : undefined;
  if (asked && periods.includes(asked)) return { shownPeriods: [asked], chart };
  if (range) {
    const { from, to } = range;
    let shown = periods.filter((p) => {
      const pp = periodParts(p);
      return pp !== undefined && pp.start >= from && pp.end <= to;
    });
    // Levels asked for over a range (GRP per employed person 2008/2019) are drawn as lines over time.
    if (chart === 'level-bars' && shown.length > 1) chart = 'index-lines';
    if (chart !== 'index-lines' && shown.length > 1) shown = [shown[shown.length - 1]!];
    return { shownPeriods: shown, chart };
  }
  if (asked) return { shownPeriods: [], chart };
  if (chart === 'index-lines') return { shownPeriods: periods, chart };
  const best = defaultPeriod(c.obs, periods, c.focus, c.compare);
  return { shownPeriods: best !== undefined ? [best] : [], chart };
}
