/**
 * Periods as statistics offices write them: a year `2002`, a span `1990-2002`, a quarter `2021K3` (also
 * `2021Q3`, `2021-Q3`), a month `2021M04` (also `2021M4`, `2021-04`), a week `2024U05` (also `2024W05`), a half
 * year `2020H1`. The source's own form is kept as the period; these helpers read it.
 */
import { PERIOD_POINT_SOURCE, YEAR_SOURCE } from './period-pattern.js';

export { PERIOD_POINT_SOURCE, YEAR_SOURCE, isLinkPeriod } from './period-pattern.js';

export type PeriodKind = 'year' | 'span' | 'half' | 'quarter' | 'month' | 'week';

export interface PeriodParts {
  start: number;
  end: number;
  /** Sub-year step: half (1–2), quarter (1–4), month (1–12) or week (1–53); 0 for whole years and spans. */
  sub: number;
  kind: PeriodKind;
}

// Anchored and bounded: a year, then at most one suffix of a fixed shape (linear on any input).
const RE = /^(\d{4})(?:\s{0,3}[-–]\s{0,3}(\d{4})|[-\s]?([KQHUWM])(\d{1,2})|-(\d{2}))?$/i;
const KIND: Record<string, PeriodKind> = { K: 'quarter', Q: 'quarter', H: 'half', U: 'week', W: 'week', M: 'month' };
const STEPS: Record<PeriodKind, number> = { year: 1, span: 1, half: 2, quarter: 4, month: 12, week: 53 };

export function periodParts(period: string): PeriodParts | undefined {
  if (period.length > 24) return undefined;
  const m = RE.exec(period.trim());
  if (!m) return undefined;
  const start = Number(m[1]);
  if (m[2]) {
    const end = Number(m[2]);
    return end >= start ? { start, end, sub: 0, kind: 'span' } : undefined;
  }
  const kind: PeriodKind = m[3] ? KIND[m[3].toUpperCase()]! : m[5] ? 'month' : 'year';
  const sub = Number(m[4] ?? m[5] ?? 0);
  if (kind !== 'year' && (sub < 1 || sub > STEPS[kind])) return undefined;
  return { start, end: start, sub, kind };
}

/** Where in its year a period starts, from 0 (January) to under 1. */
function offset(p: PeriodParts): number {
  return p.sub === 0 ? 0 : (p.sub - 1) / STEPS[p.kind];
}

/** Orders periods in time; text that is not a period sorts after, alphabetically. */
export function comparePeriods(a: string, b: string): number {
  const pa = periodParts(a);
  const pb = periodParts(b);
  if (pa && pb) return pa.start - pb.start || pa.end - pb.end || offset(pa) - offset(pb) || STEPS[pa.kind] - STEPS[pb.kind];
  if (pa) return -1;
  if (pb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when the text is a period in one of the forms above. */
export function isPeriod(text: string): boolean {
  return periodParts(text) !== undefined;
}

/** True when the period is a span (`1990-2002`): its value is a change over the span, not a level. */
export function isSpan(period: string): boolean {
  const p = periodParts(period);
  return p !== undefined && p.end !== p.start;
}

// Patterns for periods inside other text (column names, links, ranges) live in period-pattern.ts, small enough for the
// bundle's first module (the permalink reads links before any figure is loaded).
const STATISTICS_YEAR = new RegExp(`^\\s*${YEAR_SOURCE}`);

/** A period (above) whose year is one a statistics table holds (1800–2199): `2011`, `2024K3`, `2019-2023`, not `3401`. */
export function isStatisticsPeriod(text: string): boolean {
  return isPeriod(text) && STATISTICS_YEAR.test(text);
}

/**
 * The periods an Innsikt feed v1 may hold: a year, a span (`1990-2002`, `1990–2002`), a quarter `2021K3` or a month
 * `2021M04`. Mirrors the `period` pattern of feed-schema.json (test/data/period.test.ts compares them).
 */
export const FEED_PERIOD = /^\d{4}([-–]\d{4}|K[1-4]|M(0[1-9]|1[0-2]))?$/;

const RANGE = new RegExp(`^(${PERIOD_POINT_SOURCE})\\s*[/:]\\s*(${PERIOD_POINT_SOURCE})$`);

/** A range asked for (`1998/2005`, `2019K1:2021K4`) as the first year it starts in and the last year it ends in. */
export function periodRange(text: string): { from: number; to: number } | undefined {
  const m = RANGE.exec(text);
  const from = m ? periodParts(m[1]!) : undefined;
  const to = m ? periodParts(m[2]!) : undefined;
  return from && to ? { from: from.start, to: to.end } : undefined;
}
