import type { Observation, Region } from '../data/types.js';
import { indexed, perCapita, rank, relativeTo, scaled, total } from '../data/derive.js';
import { isSpan } from '../data/period.js';

/**
 * Comparison modes (issue 18): the same figures shown as levels, per inhabitant, relative to the comparison region
 * (= 100), as an index over time (base period = 100) or as a rank among the regions shown. Every mode but `level`
 * gives derived figures (marked `derived`), computed by src/data/derive.ts so that qualifiers carry through:
 *
 * - `per-capita`, `relative`, `index` divide by another figure. "over 70" divided by an exact figure stays a lower
 *   bound, "ca. 68" stays approximate; divided by a bound the result says nothing and is a gap (`..`).
 * - `rank` orders the stated numbers; a rank that rests on a qualified figure (a bound or an approximation) could
 *   be different with the true value, so it is marked approximate ("ca. 3").
 */
export type ComparisonMode = 'level' | 'per-capita' | 'relative' | 'index' | 'rank' | 'peers';
export const COMPARISON_MODES: readonly ComparisonMode[] = ['level', 'per-capita', 'relative', 'index', 'rank', 'peers'];

/** The region code of the peers' average (a derived row; no map area has it). */
export const PEER_MEAN = 'peers';

export function isComparisonMode(x: unknown): x is ComparisonMode {
  return typeof x === 'string' && (COMPARISON_MODES as readonly string[]).includes(x);
}

const POPULATION_LABEL = /\b(befolkning|folkemengde|folketal|innbyggere|innbyggjarar|population|inhabitants)\b/i;

/** The measure that counts inhabitants among an indicator's figures (code `population`, or a label that says so). */
export function populationMeasure(obs: readonly Observation[]): string | undefined {
  let byLabel: string | undefined;
  for (const o of obs) {
    if (o.measure === 'population') return o.measure;
    if (byLabel === undefined && POPULATION_LABEL.test(o.measureLabel) && !/\bper\b/i.test(o.measureLabel)) byLabel = o.measure;
  }
  return byLabel;
}

/** A unit that is already a ratio (a per cent, an index, "per 1000"): dividing it by inhabitants means nothing. */
function isRatioUnit(unit: string): boolean {
  return /%|prosent|percent|indeks|index|\bper\b|‰/i.test(unit);
}

export interface ModeContext {
  /** The measure's figures (other dimensions narrowed), every period. */
  obs: Observation[];
  /** Every figure of the indicator (for the population measure). */
  all: Observation[];
  measure: string;
  unit: string;
  compare: string | undefined;
  /** The webmaster's comparison group (`peers=`): region codes. */
  peers?: readonly string[] | undefined;
}

/**
 * The comparison group a feed names for a region: the regions of its KOSTRA group (`kostraGroup` on the feed's
 * regions), the region itself included as in KOSTRA's group averages, when exactly one region is in focus and the
 * feed gives it a group; else none.
 */
export function kostraPeers(regions: readonly Region[], focus: readonly string[]): string[] {
  if (focus.length !== 1) return [];
  const group = regions.find((r) => r.code === focus[0])?.kostraGroup;
  const members = group === undefined ? [] : regions.filter((r) => r.kostraGroup === group).map((r) => r.code);
  return members.length > 1 ? members : [];
}

/** The modes that apply to these figures, `level` first. A mode the data cannot support is not offered. */
export function modesFor(ctx: ModeContext): ComparisonMode[] {
  const out: ComparisonMode[] = ['level'];
  const pop = populationMeasure(ctx.all);
  if (pop !== undefined && pop !== ctx.measure && !isRatioUnit(ctx.unit)) out.push('per-capita');
  const regions = new Set(ctx.obs.map((o) => o.region));
  if (ctx.compare !== undefined && regions.size > 1 && ctx.obs.some((o) => o.region === ctx.compare && o.value !== null)) out.push('relative');
  if (basePeriods(ctx.obs).length > 1) out.push('index');
  if (regions.size > 1) out.push('rank');
  if (ctx.peers?.some((p) => regions.has(p))) out.push('peers');
  return out;
}

/** The periods an index can be based on: points in time (not spans) that have at least one figure, ascending. */
export function basePeriods(obs: readonly Observation[]): string[] {
  const set = new Set<string>();
  for (const o of obs) if (o.value !== null && o.period !== '' && !isSpan(o.period)) set.add(o.period);
  return [...set].sort();
}

/** Per 1 000 inhabitants when most figures per inhabitant would be below 1 (commuters), else per inhabitant. */
export function perCapitaFactor(obs: readonly Observation[], population: readonly Observation[]): number {
  const pop = new Map(population.map((p) => [`${p.region}|${p.period}`, p.value]));
  const ratios = obs.flatMap((o) => {
    const p = pop.get(`${o.region}|${o.period}`);
    return o.value !== null && p ? [Math.abs(o.value / p)] : [];
  });
  ratios.sort((a, b) => a - b);
  const median = ratios[Math.floor(ratios.length / 2)];
  return median !== undefined && median < 1 ? 1000 : 1;
}

export interface ModeResult {
  obs: Observation[];
  /** Per-capita: 1 or 1000 (per 1 000 inhabitants). */
  factor?: number;
  /** Index: the base period used. */
  base?: string;
  /** Per-capita: the population measure divided by. */
  population?: string;
}

/**
 * The figures in a mode that works on every period (per-capita, relative, index); `level` and `rank` return them
 * unchanged (rank is taken among the regions shown: {@link ranked}). `base` is the index's base period: the
 * reader's choice when the figures have it, else the first period with figures.
 */
export function applyMode(mode: ComparisonMode, ctx: ModeContext, base?: string): ModeResult {
  if (mode === 'per-capita') {
    const code = populationMeasure(ctx.all);
    const population = ctx.all.filter((o) => o.measure === code && Object.keys(o.dims).length === 0);
    const pop = population.length ? population : ctx.all.filter((o) => o.measure === code);
    const factor = perCapitaFactor(ctx.obs, pop);
    return { obs: perCapita(ctx.obs, pop, factor === 1 ? 'per innbygger' : 'per 1000 innbyggere', factor), factor, ...(code ? { population: code } : {}) };
  }
  if (mode === 'relative' && ctx.compare !== undefined) return { obs: relativeTo(ctx.obs, ctx.compare) };
  if (mode === 'index') {
    const periods = basePeriods(ctx.obs);
    const b = base !== undefined && periods.includes(base) ? base : periods[0];
    if (b !== undefined) return { obs: indexed(ctx.obs, b), base: b };
  }
  return { obs: ctx.obs };
}

/**
 * The peers' average per period (and category): their sum divided by their number, a derived figure with the
 * qualifiers the sum still allows (bounds.ts). A peer without a figure for the period makes the average a gap:
 * an average of fewer peers would be another group.
 */
export function peerMean(obs: readonly Observation[], peers: readonly string[], label: string): Observation[] {
  const wanted = new Set(peers);
  const groups = new Map<string, Observation[]>();
  for (const o of obs) {
    if (!wanted.has(o.region)) continue;
    const key = `${o.period}|${JSON.stringify(o.dims)}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(o);
  }
  const out: Observation[] = [];
  for (const list of groups.values()) {
    const patch = { region: PEER_MEAN, regionLabel: label };
    const complete = new Set(list.map((o) => o.region)).size === wanted.size ? list : [...list, { ...list[0]!, value: null, status: '..' }];
    const sum = total(complete, patch);
    if (sum) out.push(...scaled([sum], 1 / complete.length, patch));
  }
  return out;
}

/**
 * Ranks among the figures shown, per period (and category): 1 = highest. A gap stays a gap; a rank resting on a
 * qualified figure is approximate. Each rank is a derived figure citing the figure it ranks.
 */
export function ranked(shown: readonly Observation[]): Observation[] {
  const groups = new Map<string, Observation[]>();
  for (const o of shown) {
    const key = `${o.period}|${JSON.stringify(o.dims)}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(o);
  }
  const out: Observation[] = [];
  for (const list of groups.values()) {
    for (const r of rank(list)) {
      const o: Observation = { ...r.observation, derived: true, measure: `${r.observation.measure}-rank`, unit: '', decimals: 0 };
      delete o.qualifier;
      delete o.qualifierText;
      delete o.note;
      if (r.rank === undefined) {
        o.value = null;
        o.status = r.observation.status ?? '..';
      } else {
        o.value = r.rank;
        delete o.status;
        // A qualified figure could be ranked otherwise with the true value.
        if (r.uncertain) o.qualifier = 'approx';
      }
      out.push(o);
    }
  }
  return out;
}
