/**
 * Innlandet's planning regions: the 10 of report 002 (as the regional councils group the municipalities), each
 * with its pre-2020 and current municipality codes, and a feed's own overrides.
 */
import type { Lang } from './types.js';

export interface PlanningRegionMember {
  /** Municipality code. */
  code: string;
  /** First and last year (inclusive) the municipality counted in the region under this code. */
  validFrom?: string;
  validTo?: string;
}

export interface PlanningRegion {
  /** Stable id, e.g. `R-gjovik`. */
  code: string;
  name: string;
  names?: Partial<Record<Lang, string>>;
  /** The county the region lay in before 2020. */
  formerCounty?: string;
  /** Pre-2020 codes (valid to 2019) and current codes (valid from 2020). */
  members: PlanningRegionMember[];
  /** Validity note to show next to figures for the region. */
  note?: string;
}

/** [id, name, English name, former county, [pre-2020 code, current code][], note] */
type PlanningRow = readonly [string, string, string, string, ReadonlyArray<readonly [string, string | null]>, string?];

/** Report 002's grouping, as the regional councils group the municipalities. */
const PLANNING_ROWS: readonly PlanningRow[] = [
  [
    'R-glamdalen',
    'Glåmdalen',
    'Glåmdalen',
    '04',
    [
      ['0420', '3416'],
      ['0423', '3417'],
      ['0402', '3401'],
      ['0418', '3414'],
      ['0419', '3415'],
      ['0426', '3419'],
      ['0425', '3418'],
    ],
  ],
  [
    'R-hamar',
    'Hamarregionen',
    'Hamar region',
    '04',
    [
      ['0403', '3403'],
      ['0415', '3412'],
      ['0412', '3411'],
      ['0417', '3413'],
    ],
  ],
  [
    'R-sor-osterdal',
    'Sør-Østerdal',
    'Sør-Østerdal',
    '04',
    [
      ['0427', '3420'],
      ['0434', '3425'],
      ['0430', '3423'],
      ['0428', '3421'],
      ['0429', '3422'],
    ],
  ],
  [
    'R-nord-osterdal',
    'Nord-Østerdal',
    'Nord-Østerdal',
    '04',
    [
      ['0438', '3428'],
      ['0439', '3429'],
      ['0441', '3430'],
      ['0432', '3424'],
      ['0436', '3426'],
      ['0437', '3427'],
    ],
  ],
  [
    'R-gjovik',
    'Gjøvikregionen',
    'Gjøvik region',
    '05',
    [
      ['0502', '3407'],
      ['0528', '3442'],
      ['0529', '3443'],
      ['0536', '3447'],
      ['0538', '3448'],
    ],
  ],
  [
    'R-hadeland',
    'Hadeland',
    'Hadeland',
    '05',
    [
      ['0534', '3446'],
      ['0533', null],
      ['0532', null],
    ],
    'Until 2019 Hadeland was Gran, Lunner and Jevnaker; since 2020 Lunner and Jevnaker belong to another county, so only Gran is in Innlandet.',
  ],
  [
    'R-lillehammer',
    'Lillehammerregionen',
    'Lillehammer region',
    '05',
    [
      ['0501', '3405'],
      ['0521', '3440'],
      ['0522', '3441'],
    ],
  ],
  [
    'R-midt-gudbrandsdal',
    'Midt-Gudbrandsdal',
    'Midt-Gudbrandsdal',
    '05',
    [
      ['0516', '3436'],
      ['0519', '3438'],
      ['0520', '3439'],
    ],
  ],
  [
    'R-nord-gudbrandsdal',
    'Nord-Gudbrandsdal',
    'Nord-Gudbrandsdal',
    '05',
    [
      ['0511', '3431'],
      ['0512', '3432'],
      ['0514', '3434'],
      ['0517', '3437'],
      ['0513', '3433'],
      ['0515', '3435'],
    ],
  ],
  [
    'R-valdres',
    'Valdres',
    'Valdres',
    '05',
    [
      ['0541', '3450'],
      ['0542', '3451'],
      ['0540', '3449'],
      ['0545', '3454'],
      ['0543', '3452'],
      ['0544', '3453'],
    ],
  ],
];

export const DEFAULT_PLANNING_REGIONS: readonly PlanningRegion[] = PLANNING_ROWS.map(([code, name, en, formerCounty, pairs, note]) => {
  const members: PlanningRegionMember[] = [];
  for (const [old] of pairs) members.push({ code: old, validTo: '2019' });
  for (const [, current] of pairs) if (current) members.push({ code: current, validFrom: '2020' });
  const region: PlanningRegion = { code, name, formerCounty, members };
  if (en !== name) region.names = { en };
  if (note) region.note = note;
  return region;
});

export const PLANNING_REGION_CODES: readonly string[] = PLANNING_ROWS.map(([c]) => c);

function copyPlanningRegion(r: PlanningRegion): PlanningRegion {
  const out: PlanningRegion = { ...r, members: r.members.map((m) => ({ ...m })) };
  if (r.names) out.names = { ...r.names };
  return out;
}

/**
 * The planning-region table: the default grouping of report 002, with `overrides` (e.g. from a feed)
 * replacing the region of the same code, or added when the code is new. Returns fresh copies.
 */
export function planningRegions(overrides?: readonly PlanningRegion[]): PlanningRegion[] {
  const out = DEFAULT_PLANNING_REGIONS.map(copyPlanningRegion);
  for (const o of overrides ?? []) {
    const i = out.findIndex((r) => r.code === o.code);
    if (i >= 0) out[i] = copyPlanningRegion(o);
    else out.push(copyPlanningRegion(o));
  }
  return out;
}

/** The year a period starts in: `2021K3` → 2021, `1990-2002` → 1990. */
function periodYear(period: string | number): number | undefined {
  if (typeof period === 'number') return period;
  const m = /^\s*(\d{4})/.exec(period);
  return m ? Number(m[1]) : undefined;
}

function memberValidIn(m: PlanningRegionMember, year: number | undefined): boolean {
  if (year === undefined) return m.validTo === undefined;
  if (m.validFrom !== undefined && year < Number(m.validFrom)) return false;
  if (m.validTo !== undefined && year > Number(m.validTo)) return false;
  return true;
}

/**
 * Municipality codes in a planning region for a period (`2015` gives pre-2020 codes, `2022` current ones);
 * without a period, the current members.
 */
export function planningRegionMembers(region: string, period?: string | number, table: readonly PlanningRegion[] = DEFAULT_PLANNING_REGIONS): string[] {
  const r = table.find((x) => x.code === region);
  if (!r) return [];
  const year = period === undefined ? undefined : periodYear(period);
  return r.members.filter((m) => memberValidIn(m, year)).map((m) => m.code);
}

/** The planning region a municipality (pre-2020 or current code) belongs to, for a period when given. */
export function planningRegionOf(
  municipality: string,
  period?: string | number,
  table: readonly PlanningRegion[] = DEFAULT_PLANNING_REGIONS,
): string | undefined {
  const year = period === undefined ? undefined : periodYear(period);
  for (const r of table) {
    for (const m of r.members) {
      if (m.code === municipality && (period === undefined || memberValidIn(m, year))) return r.code;
    }
  }
  return undefined;
}
