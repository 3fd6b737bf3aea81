/** Periods as Statistics Norway and the reports write them: `2002`, `1990-2002`, `2021K3`, `2021M04`. */
export interface PeriodParts {
  start: number;
  end: number;
  /** Sub-year step: quarter (1–4) or month (1–12); 0 for whole years and spans. */
  sub: number;
}

const RE = /^(\d{4})(?:[-–](\d{4})|K([1-4])|M(\d{2}))?$/;

export function periodParts(period: string): PeriodParts | undefined {
  const m = RE.exec(period.trim());
  if (!m) return undefined;
  const start = Number(m[1]);
  return { start, end: m[2] ? Number(m[2]) : start, sub: m[3] ? Number(m[3]) : m[4] ? Number(m[4]) : 0 };
}

/** Orders periods in time; text that is not a period sorts after, alphabetically. */
export function comparePeriods(a: string, b: string): number {
  const pa = periodParts(a);
  const pb = periodParts(b);
  if (pa && pb) return pa.start - pb.start || pa.end - pb.end || pa.sub - pb.sub;
  if (pa) return -1;
  if (pb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when the period is a span (`1990-2002`): its value is a change over the span, not a level. */
export function isSpan(period: string): boolean {
  const p = periodParts(period);
  return p !== undefined && p.end !== p.start;
}
