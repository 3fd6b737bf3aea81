import type { Qualifier } from './types.js';

/**
 * A stated value as the interval it claims: "over 70" is [70, ∞), "under 30" is (−∞, 30], "ca. 68" is 68
 * marked approximate, a plain number is exact. Arithmetic on intervals tells honestly what a derived value
 * still claims: 100 − "over 70" is "under 30"; "over 70" / 2 is "over 35"; "over 70" − "over 60" says nothing.
 */
export interface Bound {
  /** The number as stated (what a chart draws). */
  value: number;
  lo: number;
  hi: number;
  approx: boolean;
}

export function toBound(value: number, qualifier?: Qualifier): Bound {
  switch (qualifier) {
    case 'atLeast':
      return { value, lo: value, hi: Infinity, approx: false };
    case 'atMost':
      return { value, lo: -Infinity, hi: value, approx: false };
    case 'approx':
      return { value, lo: value, hi: value, approx: true };
    default:
      return { value, lo: value, hi: value, approx: false };
  }
}

/** The qualifier a result interval carries, or `unknown` when the interval bounds nothing. */
export function fromBound(b: Bound): { value: number; qualifier?: Qualifier } | 'unknown' {
  if (!Number.isFinite(b.value)) return 'unknown';
  const loOpen = !Number.isFinite(b.lo);
  const hiOpen = !Number.isFinite(b.hi);
  if (loOpen && hiOpen) return 'unknown';
  if (hiOpen) return { value: b.lo, qualifier: 'atLeast' };
  if (loOpen) return { value: b.hi, qualifier: 'atMost' };
  if (b.lo === b.hi) return b.approx ? { value: b.value, qualifier: 'approx' } : { value: b.value };
  return { value: b.value, qualifier: 'approx' };
}

function span(values: number[], value: number, approx: boolean): Bound {
  const finite = values.filter((v) => !Number.isNaN(v));
  // ∞ × 0 and ∞ − ∞ are undefined: the result bounds nothing on that side.
  if (finite.length < values.length) return { value, lo: -Infinity, hi: Infinity, approx };
  return { value, lo: Math.min(...finite), hi: Math.max(...finite), approx };
}

export function add(a: Bound, b: Bound): Bound {
  return span([a.lo + b.lo, a.hi + b.hi], a.value + b.value, a.approx || b.approx);
}

export function sub(a: Bound, b: Bound): Bound {
  return span([a.lo - b.hi, a.hi - b.lo], a.value - b.value, a.approx || b.approx);
}

export function mul(a: Bound, b: Bound): Bound {
  return span([a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi], a.value * b.value, a.approx || b.approx);
}

export function div(a: Bound, b: Bound): Bound {
  const value = a.value / b.value;
  // A divisor interval that contains zero makes the quotient unbounded.
  if (b.lo <= 0 && b.hi >= 0) return { value, lo: -Infinity, hi: Infinity, approx: a.approx || b.approx };
  return span([a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi], value, a.approx || b.approx);
}

export function scale(a: Bound, k: number): Bound {
  return mul(a, toBound(k));
}
