/**
 * A cell the builder computes (a sum, ratio, share or change) and the small rules every step shares: how
 * cells are keyed by their dimensions, how region patterns match, how a figure becomes an interval and how
 * float artefacts are rounded away.
 *
 * Pure TypeScript with no Node imports.
 */
import type { Observation } from '../data/types.js';
import type { DeriveConfig } from './config.js';
import { nbText } from '../data/innsikt.js';
import { type Bound, fromBound, toBound } from '../data/bounds.js';

/** 10 significant digits: hides float artefacts (2569.6999999999998 × 1000) without losing real precision. */
export function tidy(v: number): number {
  return Number(v.toPrecision(10));
}

export function matches(code: string, patterns: string[]): boolean {
  return patterns.some((p) => (p.endsWith('*') ? code.startsWith(p.slice(0, -1)) : code === p));
}

export function dimsKey(dims: Record<string, string>, keys?: string[]): string {
  return (keys ?? Object.keys(dims))
    .slice()
    .sort()
    .map((k) => `${k}=${dims[k] ?? ''}`)
    .join('&');
}

export function bound(o: Observation): Bound | undefined {
  return o.value === null ? undefined : toBound(o.value, o.qualifier);
}

/** A derived observation from a result interval; a gap (null + status) when an input is missing. */
export function derivedObs(
  base: Observation,
  d: DeriveConfig,
  result: Bound | undefined,
  inputs: Observation[],
  source: string | undefined,
  gapStatus = '..',
): Observation {
  const out: Observation = { ...base, measure: d.id, measureLabel: nbText(d.label), dims: { ...base.dims }, derived: true };
  delete out.qualifier;
  delete out.qualifierText;
  delete out.status;
  delete out.note;
  delete out.ref;
  delete out.originalRegion;
  delete out.origin;
  if (d.unit !== undefined) out.unit = nbText(d.unit);
  else delete out.unit;
  if (d.decimals !== undefined) out.decimals = d.decimals;
  if (source !== undefined) out.source = source;
  else delete out.source;
  const r = result && fromBound(result);
  if (!r || r === 'unknown') {
    out.value = null;
    out.status = inputs.find((o) => o.value === null && o.status)?.status ?? gapStatus;
    return out;
  }
  out.value = tidy(r.value);
  if (r.qualifier) out.qualifier = r.qualifier;
  return out;
}
