import type { Observation } from './types.js';
import { type Bound, add, div, fromBound, mul, scale, sub, toBound } from './bounds.js';
import { series, seriesKey } from './select.js';

/**
 * Values the project computes from stated figures. Every result is marked `derived`, cites its inputs in `ref`,
 * and carries what its inputs' qualifiers still allow (see bounds.ts): a derived value never claims more
 * precision than the figures it came from. A missing input gives a gap with status `..`, never a number.
 */

function bound(o: Observation): Bound | undefined {
  return o.value === null ? undefined : toBound(o.value, o.qualifier);
}

function refs(...inputs: Observation[]): string | undefined {
  const list = [...new Set(inputs.map((o) => o.ref).filter((r): r is string => !!r))];
  return list.length ? list.join('+') : undefined;
}

/** Builds a derived observation from a result interval (or a gap when any input was missing). */
function derived(base: Observation, patch: Partial<Observation>, result: Bound | undefined, inputs: Observation[]): Observation {
  const out: Observation = { ...base, ...patch, derived: true, dims: { ...base.dims, ...(patch.dims ?? {}) } };
  delete out.qualifier;
  delete out.qualifierText;
  delete out.status;
  delete out.note;
  const ref = refs(...inputs);
  if (ref) out.ref = ref;
  else delete out.ref;
  const r = result && fromBound(result);
  if (!r || r === 'unknown') {
    out.value = null;
    out.status = inputs.find((o) => o.status)?.status ?? '..';
    return out;
  }
  out.value = r.value;
  if (r.qualifier) out.qualifier = r.qualifier;
  return out;
}

const percentPatch = (measure: string, label: string): Partial<Observation> => ({ measure, measureLabel: label, unit: '%', decimals: 1 });

/** Change from one period to another in every series: absolute and in per cent, period written as `from-to`. */
export function change(obs: Observation[], from: string, to: string, kind: 'abs' | 'pct' = 'pct'): Observation[] {
  const out: Observation[] = [];
  for (const list of series(obs).values()) {
    const a = list.find((o) => o.period === from);
    const b = list.find((o) => o.period === to);
    if (!a || !b) continue;
    const ba = bound(a);
    const bb = bound(b);
    const diff = ba && bb ? sub(bb, ba) : undefined;
    if (kind === 'abs') {
      out.push(derived(b, { period: `${from}-${to}`, measure: `${b.measure}-change`, measureLabel: `${b.measureLabel}, endring` }, diff, [a, b]));
    } else {
      const pct = diff && ba ? scale(div(diff, ba), 100) : undefined;
      out.push(derived(b, { period: `${from}-${to}`, ...percentPatch(`${b.measure}-change-pct`, `${b.measureLabel}, endring i prosent`) }, pct, [a, b]));
    }
  }
  return out;
}

/** Each series as an index with the base period = 100. */
export function indexed(obs: Observation[], basePeriod: string): Observation[] {
  const out: Observation[] = [];
  for (const list of series(obs).values()) {
    const base = list.find((o) => o.period === basePeriod);
    for (const o of list) {
      const r = base && bound(base) && bound(o) ? scale(div(bound(o)!, bound(base)!), 100) : undefined;
      out.push(
        derived(
          o,
          { measure: `${o.measure}-index`, measureLabel: `${o.measureLabel}, indeks (${basePeriod} = 100)`, unit: `indeks, ${basePeriod} = 100`, decimals: 1 },
          r,
          base ? [base, o] : [o],
        ),
      );
    }
  }
  return out;
}

/** Each observation as a per cent share of the matching total (same period and measure; `totalOf` picks it). */
export function shareOf(obs: Observation[], totalOf: (o: Observation) => Observation | undefined): Observation[] {
  return obs.map((o) => {
    const total = totalOf(o);
    const r = total && bound(o) && bound(total) ? scale(div(bound(o)!, bound(total)!), 100) : undefined;
    return derived(o, percentPatch(`${o.measure}-share`, `${o.measureLabel}, andel`), r, total ? [o, total] : [o]);
  });
}

/** Per inhabitant (or per employed person): divides by the population observation of the same region and period. */
export function perCapita(obs: Observation[], population: Observation[], label = 'per innbygger', factor = 1): Observation[] {
  const pop = new Map(population.map((p) => [`${p.region}|${p.period}`, p]));
  return obs.map((o) => {
    const p = pop.get(`${o.region}|${o.period}`);
    const r = p && bound(o) && bound(p) ? scale(div(bound(o)!, bound(p)!), factor) : undefined;
    const patch: Partial<Observation> = { measure: `${o.measure}-per-capita`, measureLabel: `${o.measureLabel} ${label}` };
    if (o.unit !== undefined) patch.unit = `${o.unit} ${label}`;
    return derived(o, patch, r, p ? [o, p] : [o]);
  });
}

/** Relative to a comparison region (comparison = 100), matched on measure, period and dims. */
export function relativeTo(obs: Observation[], comparison: string): Observation[] {
  const key = (o: Observation) => `${seriesKey({ ...o, region: '' })}|${o.period}`;
  const comp = new Map(obs.filter((o) => o.region === comparison).map((o) => [key(o), o]));
  return obs.map((o) => {
    const c = comp.get(key(o));
    const r = c && bound(o) && bound(c) ? scale(div(bound(o)!, bound(c)!), 100) : undefined;
    return derived(
      o,
      { measure: `${o.measure}-rel`, measureLabel: `${o.measureLabel}, ${comparison} = 100`, unit: `indeks, ${comparison} = 100`, decimals: 1 },
      r,
      c ? [o, c] : [o],
    );
  });
}

/** Sum of observations (e.g. Hedmark + Oppland, or the parts of a whole), with qualifiers carried. */
export function total(parts: Observation[], patch: Partial<Observation>): Observation | undefined {
  if (parts.length === 0) return undefined;
  let acc: Bound | undefined = toBound(0);
  for (const p of parts) {
    const b = bound(p);
    acc = acc && b ? add(acc, b) : undefined;
  }
  return derived(parts[0]!, patch, acc, parts);
}

/** Multiplies by a constant (unit conversion such as mill. → mrd. kr). */
export function scaled(obs: Observation[], factor: number, patch: Partial<Observation>): Observation[] {
  return obs.map((o) => derived(o, patch, bound(o) && mul(bound(o)!, toBound(factor)), [o]));
}

export interface Ranked {
  observation: Observation;
  /** 1 = highest. Equal values share a rank. Undefined for gaps. */
  rank?: number;
  /** True when a qualifier means the true value could change the order. */
  uncertain: boolean;
}

/** Ranks observations, highest first; gaps last and unranked. */
export function rank(obs: Observation[]): Ranked[] {
  const withValue = obs.filter((o) => o.value !== null).sort((a, b) => b.value! - a.value!);
  const out: Ranked[] = [];
  let prev: number | undefined;
  let prevRank = 0;
  withValue.forEach((o, i) => {
    const r = o.value === prev ? prevRank : i + 1;
    prev = o.value!;
    prevRank = r;
    out.push({ observation: o, rank: r, uncertain: o.qualifier !== undefined });
  });
  for (const o of obs) if (o.value === null) out.push({ observation: o, uncertain: false });
  return out;
}
