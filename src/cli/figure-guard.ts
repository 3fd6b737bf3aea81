/**
 * The last guard before a feed replaces the one already published: a new feed in which all figures of a measure
 * moved by a factor of about 10ⁿ (a unit changed from 1 000 kr to kr, or mill. to mrd.) or that has far fewer figures
 * (a selection that lost most of its regions) is refused unless the configuration allows it for that feed.
 *
 * Pure TypeScript, no Node imports.
 */

export interface GuardOptions {
  allowScaleChange?: boolean;
  allowShrink?: boolean;
}

type Obs = { measure?: unknown; region?: unknown; period?: unknown; dims?: unknown; value?: unknown };

function observations(feed: unknown): Obs[] {
  const obs = (feed as { observations?: unknown } | null)?.observations;
  return Array.isArray(obs) ? (obs.filter((o) => typeof o === 'object' && o !== null) as Obs[]) : [];
}

function keyOf(o: Obs): string {
  return JSON.stringify([o.measure, o.region, o.period, o.dims ?? null]);
}

/** Counts figures (non-null values). */
export function countFigures(feed: unknown): number {
  return observations(feed).filter((o) => typeof o.value === 'number').length;
}

/** The power of ten by which (almost) all of these log-ratios moved, or 0: at least 3, 90 % within 0.1 of it. */
function commonPower(logs: number[]): number {
  if (logs.length < 3) return 0;
  const sorted = logs.slice().sort((a, b) => a - b);
  const k = Math.round(sorted[Math.floor(sorted.length / 2)]!);
  if (k === 0) return 0;
  const near = logs.filter((l) => Math.abs(l - k) < 0.1).length;
  return near >= 0.9 * logs.length ? k : 0;
}

/**
 * The first measure whose shared non-zero figures (almost) all changed by the same power of ten, with that power;
 * undefined when none did. Per measure, because ratios and indices do not move when their inputs' unit changes.
 */
export function scaleShift(previous: unknown, next: unknown): { measure: string; power: number } | undefined {
  const before = new Map<string, number>();
  for (const o of observations(previous)) if (typeof o.value === 'number' && o.value !== 0) before.set(keyOf(o), o.value);
  const logs = new Map<string, number[]>();
  for (const o of observations(next)) {
    if (typeof o.value !== 'number' || o.value === 0) continue;
    const old = before.get(keyOf(o));
    if (old === undefined) continue;
    const measure = String(o.measure);
    const list = logs.get(measure) ?? [];
    list.push(Math.log10(Math.abs(o.value / old)));
    logs.set(measure, list);
  }
  for (const [measure, list] of logs) {
    const power = commonPower(list);
    if (power !== 0) return { measure, power };
  }
  return undefined;
}

/** Why the new feed must not replace the previous one, or undefined when it may. */
export function guardFigures(previous: unknown, next: unknown, file: string, o: GuardOptions = {}): string | undefined {
  if (previous === undefined) return undefined;
  if (!o.allowShrink) {
    const before = countFigures(previous);
    const after = countFigures(next);
    if (before > 0 && after < before / 2) {
      return `the new feed has ${after} figures, less than half of the ${before} in the current ${file}. If that is intended (a smaller selection), set "allowShrink": true on this feed or run once with --allow-shrink.`;
    }
  }
  if (!o.allowScaleChange) {
    const shift = scaleShift(previous, next);
    if (shift) {
      const k = shift.power;
      return `the figures of "${shift.measure}" in the new feed are about 10^${k} (${k > 0 ? '×' : '÷'} ${10 ** Math.abs(k)}) times those in the current ${file}: has a unit changed? If that is intended, set "allowScaleChange": true on this feed for one run.`;
    }
  }
  return undefined;
}
